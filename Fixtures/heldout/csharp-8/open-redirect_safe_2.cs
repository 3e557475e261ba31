using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var app = WebApplication.CreateBuilder(args).Build();

static bool IsLocal(string? url) =>
    !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");

app.MapGet("/logout", (HttpContext http, string? after) =>
{
    http.Response.Cookies.Delete("session");
    return Results.LocalRedirect(IsLocal(after) ? after! : "/");
});

app.MapGet("/go/{campaign}", (string campaign) =>
{
    var landing = "https://www.example.com/offers";
    return Results.Redirect(landing + "?utm_campaign=" + Uri.EscapeDataString(campaign));
});

app.Run();
