using System.IO;
using System.IO.Compression;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
string pluginsDir = Path.Combine(builder.Environment.ContentRootPath, "plugins");

// Plugins arrive as zip files; every entry is written under the plugin folder.
app.MapPost("/plugins", async (IFormFile package) =>
{
    using var zip = new ZipArchive(package.OpenReadStream());
    foreach (var entry in zip.Entries)
    {
        string target = Path.Combine(pluginsDir, entry.FullName);
        entry.ExtractToFile(target, overwrite: true); // expect: path-traversal
    }
    await Task.CompletedTask;
    return Results.Ok();
});

app.Run();
