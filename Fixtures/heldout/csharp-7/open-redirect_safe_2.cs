using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Google.Cloud.Functions.Framework;
using Microsoft.AspNetCore.Http;

namespace Links;

// Google Cloud Functions for .NET: the short-link and unsubscribe endpoints of the newsletter.
public class Function : IHttpFunction
{
    private static readonly HashSet<string> AllowedHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "www.example.com",
        "shop.example.com",
    };

    private static readonly Dictionary<string, string> ShortLinks = new()
    {
        ["spring-sale"] = "https://shop.example.com/sale",
        ["docs"] = "https://www.example.com/docs",
    };

    public Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (context.Request.Path.StartsWithSegments("/go"))
        {
            var target = ShortLinks.GetValueOrDefault(query["to"].ToString(), "https://www.example.com/");
            context.Response.Redirect(target);
            return Task.CompletedTask;
        }

        if (context.Request.Path.StartsWithSegments("/unsubscribe"))
        {
            var next = "https://www.example.com/unsubscribed";
            if (Uri.TryCreate(query["next"].ToString(), UriKind.Absolute, out var uri)
                && uri.Scheme == Uri.UriSchemeHttps && AllowedHosts.Contains(uri.Host))
            {
                next = uri.ToString();
            }
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = next;
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
