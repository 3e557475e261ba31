using System.Threading.Tasks;
using Google.Cloud.Functions.Framework;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Links;

// Google Cloud Functions for .NET: the short-link and unsubscribe endpoints of the newsletter.
public class Function : IHttpFunction
{
    public Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (context.Request.Path.StartsWithSegments("/go"))
        {
            string target = query["to"].ToString();
            context.Response.Redirect(target); // expect: open-redirect
            return Task.CompletedTask;
        }

        if (context.Request.Path.StartsWithSegments("/unsubscribe"))
        {
            StringValues next = query["next"];
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = next; // expect: open-redirect
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
