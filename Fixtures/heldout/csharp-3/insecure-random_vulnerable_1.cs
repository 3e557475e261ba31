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
            var rng = new Random();
            var code = new char[16];
            for (var i = 0; i < code.Length; i++)
            {
                code[i] = Alphabet[rng.Next(Alphabet.Length)]; // expect: insecure-random
            }
            var pin = Random.Shared.Next(1000, 10000); // expect: insecure-random
            _cards.Add(new string(code), pin, amount);
            return View("Issued", new { Code = new string(code), Pin = pin });
        }
    }
}
