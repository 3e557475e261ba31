using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Controllers
{
    public class GiftCardController : Controller
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private readonly IGiftCardRepository _cards;

        public GiftCardController(IGiftCardRepository cards) => _cards = cards;

        [HttpPost]
        [ValidateAntiForgeryToken]
        public IActionResult Issue(decimal amount)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, 16);
            var pin = RandomNumberGenerator.GetInt32(1000, 10000);
            _cards.Add(code, pin, amount);
            return View("Issued", new { Code = code, Pin = pin });
        }

        public IActionResult Banner()
        {
            var banners = new[] { "spring.jpg", "summer.jpg", "autumn.jpg" };
            return PartialView("_Banner", banners[Random.Shared.Next(banners.Length)]);
        }
    }
}
