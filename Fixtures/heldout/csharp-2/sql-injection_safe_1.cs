using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace Library.Pages.Books
{
    public class SearchModel : PageModel
    {
        private readonly NpgsqlDataSource _db;

        public SearchModel(NpgsqlDataSource db) => _db = db;

        [BindProperty(SupportsGet = true)]
        public string Search { get; set; } = "";

        [BindProperty(SupportsGet = true)]
        public string Shelf { get; set; } = "";

        public List<string> Titles { get; } = new List<string>();

        public async Task OnGetAsync()
        {
            await using var conn = await _db.OpenConnectionAsync();
            await using var cmd = new NpgsqlCommand("SELECT title FROM books WHERE title ILIKE @pattern ORDER BY title", conn);
            cmd.Parameters.AddWithValue("pattern", "%" + Search + "%");
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                Titles.Add(reader.GetString(0));
        }

        public async Task<IActionResult> OnPostClearShelfAsync()
        {
            await using var conn = await _db.OpenConnectionAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "UPDATE books SET shelf = NULL WHERE shelf = $1";
            cmd.Parameters.Add(new NpgsqlParameter { Value = Shelf });
            await cmd.ExecuteNonQueryAsync();
            return RedirectToPage();
        }
    }
}
