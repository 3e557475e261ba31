using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Controllers;

public sealed record OAuthState(string Nonce, string ReturnTo);

[Route("sso")]
public sealed class SsoController : Controller
{
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
        return Redirect(decoded.ReturnTo); // expect: open-redirect
    }

    [HttpGet("logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        string next = Request.Query["post_logout_redirect_uri"].ToString();
        if (string.IsNullOrEmpty(next))
            next = "/";
        return new RedirectResult(next); // expect: open-redirect
    }

    [HttpGet("switch-tenant")]
    public IActionResult SwitchTenant([FromQuery] string tenant)
    {
        Response.Cookies.Append("tenant", tenant, new CookieOptions { HttpOnly = true, Secure = true });
        var back = Request.Headers.Referer.ToString();
        return Redirect(string.IsNullOrEmpty(back) ? "/" : back); // expect: open-redirect
    }
}
