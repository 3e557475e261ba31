using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;

namespace Bank.Api.Controllers
{
    [ApiController]
    [Route("api/2fa")]
    public class TwoFactorController : ControllerBase
    {
        private readonly IMemoryCache _cache;
        private readonly ISmsSender _sms;

        public TwoFactorController(IMemoryCache cache, ISmsSender sms)
        {
            _cache = cache;
            _sms = sms;
        }

        [HttpPost("send")]
        public async Task<IActionResult> Send([FromQuery] string userId)
        {
            var code = RandomNumberGenerator.GetInt32(100000, 1000000).ToString();
            _cache.Set("2fa:" + userId, code, TimeSpan.FromMinutes(5));
            await _sms.SendAsync(userId, "Your code is " + code);
            return Accepted();
        }

        [HttpPost("recovery-key")]
        public IActionResult RecoveryKey([FromQuery] string userId)
        {
            var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
            _cache.Set("recovery:" + userId, key);
            return Ok(new { key });
        }
    }
}
