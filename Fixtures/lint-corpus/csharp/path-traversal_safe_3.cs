using System.IO;
using System.IO.Compression;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
string pluginsDir = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, "plugins"));

app.MapPost("/plugins", async (IFormFile package, HttpRequest request) =>
{
    using var zip = new ZipArchive(package.OpenReadStream());
    foreach (var entry in zip.Entries)
    {
        string target = Path.Combine(pluginsDir, Path.GetFileName(entry.FullName));
        entry.ExtractToFile(target, overwrite: true);
    }
    using var reader = new StreamReader(request.Body);
    string manifest = await reader.ReadToEndAsync();
    return Results.Ok(manifest.Length);
});

app.Run();
