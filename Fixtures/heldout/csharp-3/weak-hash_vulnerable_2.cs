using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Payments.Webhooks
{
    [ApiController]
    [Route("webhooks/courier")]
    public class CourierWebhookController : ControllerBase
    {
        private readonly byte[] _secret;

        public CourierWebhookController(IConfiguration config) =>
            _secret = Encoding.UTF8.GetBytes(config["Courier:WebhookSecret"] ?? "");

        [HttpPost]
        public async Task<IActionResult> Receive()
        {
            using var reader = new StreamReader(Request.Body);
            var body = await reader.ReadToEndAsync();
            using var hmac = new HMACSHA1(_secret); // expect: weak-hash
            var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(body));
            var given = Convert.FromHexString(Request.Headers["X-Courier-Signature"].ToString());
            if (!CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return Unauthorized();
            }
            return Ok();
        }
    }
}
