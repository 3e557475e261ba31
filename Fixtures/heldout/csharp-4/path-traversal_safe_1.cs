// Program.cs of a Blazor Server app: report exports are served by a minimal API.
using Reports.Components;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
var app = builder.Build();

var exportDir = Path.GetFullPath(builder.Configuration["Exports:Folder"] ?? "exports");

app.MapGet("/exports/{name}", (string name) =>
{
    var fileName = Path.GetFileName(name);
    if (fileName != name || !fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        return Results.NotFound();
    var path = Path.Combine(exportDir, fileName);
    return File.Exists(path) ? Results.File(File.OpenRead(path), "text/csv", fileName) : Results.NotFound();
});

app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
