using FastEndpoints;
using Microsoft.AspNetCore.Http;

namespace Shop.Endpoints;

public sealed class CheckoutReturnRequest
{
    [QueryParam]
    public string? ReturnUrl { get; set; }

    [QueryParam]
    public string? State { get; set; }
}

public sealed class CheckoutReturnEndpoint : Endpoint<CheckoutReturnRequest>
{
    private readonly IStateProtector _protector;

    public CheckoutReturnEndpoint(IStateProtector protector) => _protector = protector;

    public override void Configure()
    {
        Get("/checkout/return");
        AllowAnonymous();
    }

    public override async Task HandleAsync(CheckoutReturnRequest req, CancellationToken ct)
    {
        if (req.State is not null)
        {
            var state = _protector.Unprotect(req.State);
            HttpContext.Response.Redirect(state.AfterPayment); // expect: open-redirect
            return;
        }
        await SendRedirectAsync(req.ReturnUrl ?? "/orders", allowRemoteRedirects: true); // expect: open-redirect
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
        var code = Route<string>("code") ?? "en";
        HttpContext.Response.Cookies.Append("lang", code, new CookieOptions { HttpOnly = true, Secure = true });
        var back = HttpContext.Request.Headers.Referer.ToString();
        await SendRedirectAsync(back, allowRemoteRedirects: true); // expect: open-redirect
    }
}
