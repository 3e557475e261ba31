using System.IO;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
string themesDir = Path.Combine(app.Environment.ContentRootPath, "themes");

app.MapGet("/themes/{theme}/style.css", (string theme) =>
{
    var stream = new FileStream(Path.Combine(themesDir, theme, "style.css"), FileMode.Open, FileAccess.Read); // expect: path-traversal
    return Results.Stream(stream, "text/css");
});

app.MapPost("/themes/upload", async (IFormFile archive) =>
{
    using var zip = new ZipArchive(archive.OpenReadStream());
    foreach (var entry in zip.Entries)
    {
        string destination = Path.Combine(themesDir, entry.FullName);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        entry.ExtractToFile(destination, overwrite: true); // expect: path-traversal
    }
    await Task.CompletedTask;
    return Results.Ok(zip.Entries.Count);
});

app.Run();
