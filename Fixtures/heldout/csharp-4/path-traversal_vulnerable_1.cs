// Program.cs of a Blazor Server app: report exports are served by a minimal API.
using Reports.Components;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
var app = builder.Build();

var exportDir = builder.Configuration["Exports:Folder"] ?? Path.Combine(app.Environment.ContentRootPath, "exports");

app.MapGet("/exports/{name}", (string name) =>
{
    var stream = File.OpenRead(Path.Combine(exportDir, name)); // expect: path-traversal
    return Results.File(stream, "text/csv", name);
});

app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
