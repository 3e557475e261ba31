var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var partners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "docs.example.org", "status.example.org" };

app.MapGet("/go", (HttpContext ctx) =>
{
    var target = ctx.Request.Query["to"].ToString();
    if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && partners.Contains(uri.Host))
    {
        return Results.Redirect(uri.ToString());
    }
    return Results.BadRequest("unknown destination");
});

app.MapGet("/lang/{code}", (string code, HttpContext ctx) =>
{
    ctx.Response.Cookies.Append("lang", code == "de" ? "de" : "en");
    ctx.Response.Redirect("/");
});

app.Run();
