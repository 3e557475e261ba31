using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var app = WebApplication.CreateBuilder(args).Build();

app.MapGet("/logout", (HttpContext http, string? after) =>
{
    http.Response.Cookies.Delete("session");
    return Results.Redirect(after ?? "/"); // expect: open-redirect
});

app.MapGet("/go/{campaign}", (string campaign, HttpRequest req) =>
{
    var landing = req.Headers["X-Landing-Page"].ToString();
    return Results.Redirect(landing + "?utm_campaign=" + campaign); // expect: open-redirect
});

app.Run();
