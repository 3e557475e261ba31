using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Controllers
{
    public class CartController : Controller
    {
        private readonly ICartService _cart;

        public CartController(ICartService cart) => _cart = cart;

        [HttpPost]
        public IActionResult Add(int productId, int quantity)
        {
            _cart.Add(HttpContext.Session.Id, productId, quantity);
            string next = Request.Query["next"];
            return Redirect(string.IsNullOrEmpty(next) ? "/cart" : next); // expect: open-redirect
        }

        [HttpPost]
        public void Clear()
        {
            _cart.Clear(HttpContext.Session.Id);
            Response.Redirect(Request.Headers["Referer"].ToString()); // expect: open-redirect
        }

        [HttpGet]
        public IActionResult ContinueShopping([FromQuery] string from) => new RedirectResult(from); // expect: open-redirect
    }
}
