using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
string themesDir = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, "themes")) + Path.DirectorySeparatorChar;
var themes = new HashSet<string> { "light", "dark", "contrast" };

app.MapGet("/themes/{theme}/style.css", (string theme) =>
{
    if (!themes.Contains(theme))
    {
        return Results.NotFound();
    }
    var stream = new FileStream(Path.Combine(themesDir, theme, "style.css"), FileMode.Open, FileAccess.Read);
    return Results.Stream(stream, "text/css");
});

app.MapPost("/themes/upload", (IFormFile archive) =>
{
    using var zip = new ZipArchive(archive.OpenReadStream());
    foreach (var entry in zip.Entries)
    {
        string destination = Path.GetFullPath(Path.Combine(themesDir, entry.FullName));
        if (!destination.StartsWith(themesDir, System.StringComparison.Ordinal))
        {
            return Results.BadRequest($"entry {entry.FullName} leaves the themes folder");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        entry.ExtractToFile(destination, overwrite: true);
    }
    return Results.Ok(zip.Entries.Count);
});

app.Run();
