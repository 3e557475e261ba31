using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Controllers
{
    public class CartController : Controller
    {
        private static readonly HashSet<string> PartnerHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "outlet.example-shop.com",
            "gifts.example-shop.com",
        };

        private readonly ICartService _cart;

        public CartController(ICartService cart) => _cart = cart;

        [HttpPost]
        public IActionResult Add(int productId, int quantity, [FromQuery] string? next)
        {
            _cart.Add(HttpContext.Session.Id, productId, quantity);
            return LocalRedirect(string.IsNullOrEmpty(next) ? "/cart" : next);
        }

        [HttpGet]
        public IActionResult ContinueShopping([FromQuery] string from)
        {
            if (Uri.TryCreate(from, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && PartnerHosts.Contains(uri.Host))
                return Redirect(uri.ToString());
            return RedirectToAction("Index", "Home");
        }
    }
}
