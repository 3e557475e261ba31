using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Controllers
{
    public class AccountController : Controller
    {
        private readonly IUserService _users;

        public AccountController(IUserService users) => _users = users;

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> Login(string email, string password, string? returnUrl)
        {
            var principal = await _users.SignInAsync(email, password);
            if (principal is null)
            {
                ModelState.AddModelError("", "Invalid login");
                return View();
            }
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))
            {
                return Redirect(returnUrl);
            }
            return RedirectToAction("Index", "Dashboard");
        }

        public async Task<IActionResult> Logout([FromQuery(Name = "continue")] string next)
        {
            await HttpContext.SignOutAsync();
            return LocalRedirect(string.IsNullOrEmpty(next) ? "/" : next);
        }
    }
}
