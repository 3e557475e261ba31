using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IClickLog, ClickLog>();
var app = builder.Build();

// Newsletter links go through /r?url=... so clicks can be counted.
app.MapGet("/r", (HttpContext context, IClickLog log) =>
{
    string target = context.Request.Query["url"];
    log.Record(target, context.Connection.RemoteIpAddress);
    return Results.Redirect(target); // expect: open-redirect
});

app.MapGet("/lang/{code}", (string code, HttpContext context) =>
{
    context.Response.Cookies.Append("lang", code == "de" ? "de" : "en");
    context.Response.Redirect(context.Request.Headers["Referer"].ToString()); // expect: open-redirect
});

app.Run();
