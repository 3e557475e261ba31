var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var uploads = Path.Combine(app.Environment.ContentRootPath, "uploads");

app.MapPost("/avatars", async (HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    var file = form.Files["avatar"];
    if (file is null || file.Length > 1_000_000)
    {
        return Results.BadRequest();
    }
    var user = form["user"].ToString();
    await using var target = File.Create(Path.Combine(uploads, user + "_" + file.FileName)); // expect: path-traversal
    await file.CopyToAsync(target);
    return Results.Created($"/avatars/{user}", null);
});

app.MapDelete("/avatars", (string name) =>
{
    File.Delete(uploads + "/" + name); // expect: path-traversal
    return Results.NoContent();
});

app.Run();
