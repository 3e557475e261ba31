using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Controllers
{
    public class AccountController : Controller
    {
        [HttpPost]
        public IActionResult Login(string user, string password, [FromQuery] string returnUrl)
        {
            if (!Check(user, password)) return View();
            if (Url.IsLocalUrl(returnUrl))
            {
                return Redirect(returnUrl);
            }
            return RedirectToAction("Index", "Home");
        }

        public IActionResult Logout([FromQuery] string next)
        {
            return LocalRedirect(next);
        }

        private bool Check(string user, string password) => user.Length > 0 && password.Length > 0;
    }
}
