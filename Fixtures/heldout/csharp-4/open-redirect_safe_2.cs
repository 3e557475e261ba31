using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Controllers;

public sealed record OAuthState(string Nonce, string ReturnTo);

[Route("sso")]
public sealed class SsoController : Controller
{
    private static readonly HashSet<string> PostLogoutHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "www.example.com",
        "status.example.com",
    };

    private readonly ISsoClient _sso;

    public SsoController(ISsoClient sso) => _sso = sso;

    [HttpGet("callback")]
    public async Task<IActionResult> Callback(string code, string state)
    {
        var decoded = JsonSerializer.Deserialize<OAuthState>(Convert.FromBase64String(state));
        if (decoded is null || decoded.Nonce != HttpContext.Session.GetString("sso-nonce"))
            return BadRequest();
        var principal = await _sso.ExchangeAsync(code);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Url.IsLocalUrl(decoded.ReturnTo) ? LocalRedirect(decoded.ReturnTo) : RedirectToAction("Index", "Home");
    }

    [HttpGet("logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var next = Request.Query["post_logout_redirect_uri"].ToString();
        if (Uri.TryCreate(next, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && PostLogoutHosts.Contains(uri.Host))
        {
            return Redirect(uri.ToString());
        }
        return Redirect("/");
    }
}
