using System;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Accounts.Controllers
{
    [ApiController]
    [Route("api/account")]
    public class PasswordResetController : ControllerBase
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        private readonly IResetStore _store;

        public PasswordResetController(IResetStore store) => _store = store;

        [HttpPost("reset")]
        public IActionResult RequestReset([FromForm] string email)
        {
            string token = RandomNumberGenerator.GetString(Alphabet, 32);
            _store.Save(email, token, DateTimeOffset.UtcNow.AddHours(1));
            return Accepted();
        }

        [HttpPost("otp")]
        public IActionResult SendOtp([FromForm] string phone)
        {
            int code = RandomNumberGenerator.GetInt32(100000, 1000000);
            _store.SaveOtp(phone, code.ToString());
            return Accepted();
        }
    }
}
