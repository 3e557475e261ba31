using System;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Accounts.Controllers
{
    [ApiController]
    [Route("api/account")]
    public class PasswordResetController : ControllerBase
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        private static readonly Random Rng = new Random();
        private readonly IResetStore _store;

        public PasswordResetController(IResetStore store) => _store = store;

        [HttpPost("reset")]
        public IActionResult RequestReset([FromForm] string email)
        {
            var token = new StringBuilder(32);
            for (int i = 0; i < 32; i++)
            {
                token.Append(Alphabet[Rng.Next(Alphabet.Length)]); // expect: insecure-random
            }
            _store.Save(email, token.ToString(), DateTimeOffset.UtcNow.AddHours(1));
            return Accepted();
        }

        [HttpPost("otp")]
        public IActionResult SendOtp([FromForm] string phone)
        {
            int code = new Random().Next(100000, 1000000); // expect: insecure-random
            _store.SaveOtp(phone, code.ToString());
            return Accepted();
        }
    }
}
