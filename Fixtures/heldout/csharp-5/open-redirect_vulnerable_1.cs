using Carter;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Portal.Modules;

public sealed class SessionModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/signout", SignOutAsync);
    }

    private static async Task SignOutAsync(HttpContext ctx)
    {
        await ctx.SignOutAsync();
        var next = ctx.Request.Query["next"].ToString();
        ctx.Response.Redirect(string.IsNullOrEmpty(next) ? "/" : next); // expect: open-redirect
    }
}
