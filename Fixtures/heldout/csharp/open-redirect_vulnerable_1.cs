using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Controllers
{
    public class AccountController : Controller
    {
        private readonly IUserService _users;

        public AccountController(IUserService users) => _users = users;

        [HttpGet]
        public IActionResult Login(string returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> Login(LoginModel model, string returnUrl)
        {
            var user = await _users.ValidateAsync(model.Email, model.Password);
            if (user == null)
            {
                ModelState.AddModelError(string.Empty, "Invalid login");
                return View(model);
            }

            var identity = new ClaimsIdentity(user.Claims, CookieAuthenticationDefaults.AuthenticationScheme);
            await HttpContext.SignInAsync(new ClaimsPrincipal(identity));
            if (!string.IsNullOrEmpty(returnUrl))
            {
                return Redirect(returnUrl); // expect: open-redirect
            }
            return RedirectToAction("Index", "Home");
        }

        [HttpPost]
        public async Task<IActionResult> Logout([FromQuery] string next)
        {
            await HttpContext.SignOutAsync();
            return Redirect(next ?? "/"); // expect: open-redirect
        }
    }
}
