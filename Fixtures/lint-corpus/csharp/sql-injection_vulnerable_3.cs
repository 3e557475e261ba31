using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

public class CoursesModel : PageModel
{
    private readonly NpgsqlDataSource _db;
    private readonly SchoolContext _school;

    public CoursesModel(NpgsqlDataSource db, SchoolContext school)
    {
        _db = db;
        _school = school;
    }

    [BindProperty(SupportsGet = true)]
    public string Teacher { get; set; } = "";

    public List<string> Names { get; } = new();

    public async Task OnGetAsync()
    {
        await using var conn = await _db.OpenConnectionAsync();
        await using var query = new NpgsqlCommand($"SELECT name FROM courses WHERE teacher = '{Teacher}'", conn); // expect: sql-injection
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            Names.Add(reader.GetString(0));
    }

    public async Task<IActionResult> OnPostArchiveAsync([FromForm] string term)
    {
        await _school.Database.ExecuteSqlRawAsync( // expect: sql-injection
            "UPDATE courses SET archived = true WHERE term = '" + term + "'");
        return RedirectToPage();
    }
}
