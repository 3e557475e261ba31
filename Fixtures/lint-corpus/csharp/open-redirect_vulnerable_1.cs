using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Controllers
{
    public class AccountController : Controller
    {
        [HttpPost]
        public IActionResult Login(string user, string password, [FromQuery] string returnUrl)
        {
            if (!Check(user, password)) return View();
            if (returnUrl.StartsWith("/") || returnUrl.Contains("shop.example"))
            {
                return Redirect(returnUrl); // expect: open-redirect
            }
            return RedirectToAction("Index", "Home");
        }

        public IActionResult Logout()
        {
            return Redirect(Request.Query["next"]); // expect: open-redirect
        }

        private bool Check(string user, string password) => user.Length > 0 && password.Length > 0;
    }
}
