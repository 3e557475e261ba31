using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IClickLog, ClickLog>();
var app = builder.Build();

var allowedHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "shop.example.com", "blog.example.com" };

// Newsletter links go through /r?url=... so clicks can be counted.
app.MapGet("/r", (HttpContext context, IClickLog log) =>
{
    string target = context.Request.Query["url"];
    if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !allowedHosts.Contains(uri.Host))
    {
        return Results.BadRequest("unknown destination");
    }
    log.Record(uri.ToString(), context.Connection.RemoteIpAddress);
    return Results.Redirect(uri.ToString());
});

app.MapGet("/lang/{code}", (string code, HttpContext context) =>
{
    context.Response.Cookies.Append("lang", code == "de" ? "de" : "en");
    context.Response.Redirect("/");
});

app.Run();
