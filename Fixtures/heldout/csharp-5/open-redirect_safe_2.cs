using FastEndpoints;
using Microsoft.AspNetCore.Http;

namespace Shop.Endpoints;

public sealed class CheckoutReturnRequest
{
    [QueryParam]
    public string? ReturnUrl { get; set; }
}

public sealed class CheckoutReturnEndpoint : Endpoint<CheckoutReturnRequest>
{
    private static readonly HashSet<string> PartnerHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "shop.example.com",
        "m.shop.example.com",
    };

    public override void Configure()
    {
        Get("/checkout/return");
        AllowAnonymous();
    }

    private static string SafeTarget(string? returnUrl)
    {
        if (Uri.TryCreate(returnUrl, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && PartnerHosts.Contains(uri.Host))
        {
            return uri.ToString();
        }
        return "/orders";
    }

    public override async Task HandleAsync(CheckoutReturnRequest req, CancellationToken ct)
    {
        await SendRedirectAsync(SafeTarget(req.ReturnUrl), allowRemoteRedirects: true);
    }
}

public sealed class LanguageSwitchEndpoint : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/lang/{code}");
        AllowAnonymous();
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var code = Route<string>("code") is "de" or "fr" or "nl" ? Route<string>("code")! : "en";
        HttpContext.Response.Cookies.Append("lang", code, new CookieOptions { HttpOnly = true, Secure = true });
        await SendRedirectAsync("/" + code + "/");
    }
}
