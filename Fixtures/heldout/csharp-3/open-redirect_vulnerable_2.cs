var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/go", (HttpContext ctx) =>
{
    var target = ctx.Request.Query["to"].ToString();
    app.Logger.LogInformation("outbound click to {Target}", target);
    return Results.Redirect(target); // expect: open-redirect
});

app.MapGet("/lang/{code}", (string code, HttpContext ctx) =>
{
    ctx.Response.Cookies.Append("lang", code == "de" ? "de" : "en");
    var back = ctx.Request.Headers.Referer.ToString();
    ctx.Response.Redirect(string.IsNullOrEmpty(back) ? "/" : back); // expect: open-redirect
});

app.Run();
