using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Payments.Controllers;

[ApiController]
[Route("webhooks/psp")]
public class PspWebhookController : ControllerBase
{
    private readonly byte[] _secret;

    public PspWebhookController(PspOptions options) => _secret = Encoding.UTF8.GetBytes(options.WebhookSecret);

    [HttpPost]
    public IActionResult Receive([FromBody] string body, [FromHeader(Name = "X-Psp-Signature")] string signature)
    {
        using var hmac = new HMACSHA1(_secret); // expect: weak-hash
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(body));
        if (!CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature)))
        {
            return Unauthorized();
        }

        var digest = MD5.HashData(Encoding.UTF8.GetBytes(body + Convert.ToBase64String(_secret))); // expect: weak-hash
        return Ok(new { receipt = Convert.ToHexString(digest) });
    }
}
