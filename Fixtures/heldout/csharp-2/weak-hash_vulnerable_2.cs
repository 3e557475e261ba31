using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Webhooks
{
    [ApiController]
    [Route("webhooks/shipping")]
    public class ShippingWebhookController : ControllerBase
    {
        private readonly byte[] _secret = Convert.FromBase64String(Environment.GetEnvironmentVariable("SHIPPING_WEBHOOK_SECRET") ?? "");

        [HttpPost]
        public async Task<IActionResult> Receive()
        {
            using var reader = new StreamReader(Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            using var hmac = new HMACMD5(_secret); // expect: weak-hash
            var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Request.Headers["X-Signature"].ToString())))
                return Unauthorized();
            return Ok(new { received = Fingerprint(body) });
        }

        private static string Fingerprint(string body)
        {
            using var sha = new SHA1CryptoServiceProvider(); // expect: weak-hash
            return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(body)));
        }
    }
}
