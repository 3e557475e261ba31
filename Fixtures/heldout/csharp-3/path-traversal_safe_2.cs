var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var uploads = Path.Combine(app.Environment.ContentRootPath, "uploads");
var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".webp" };

app.MapPost("/avatars", async (HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    var file = form.Files["avatar"];
    var ext = Path.GetExtension(file?.FileName ?? "");
    if (file is null || file.Length > 1_000_000 || !allowed.Contains(ext))
    {
        return Results.BadRequest();
    }
    var name = $"{Guid.NewGuid():N}{ext.ToLowerInvariant()}";
    await using var target = File.Create(Path.Combine(uploads, name));
    await file.CopyToAsync(target);
    return Results.Created($"/avatars/{name}", null);
});

app.MapDelete("/avatars/{id:guid}", (Guid id) =>
{
    foreach (var path in Directory.EnumerateFiles(uploads, $"{id:N}.*"))
    {
        File.Delete(path);
    }
    return Results.NoContent();
});

app.Run();
