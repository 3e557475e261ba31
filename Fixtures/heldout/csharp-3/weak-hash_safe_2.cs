using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cdn.Controllers
{
    public class AssetsController : Controller
    {
        private readonly IWebHostEnvironment _env;

        public AssetsController(IWebHostEnvironment env) => _env = env;

        [HttpGet("/assets/bundle.js")]
        public IActionResult Bundle()
        {
            var path = Path.Combine(_env.WebRootPath, "dist", "bundle.js");
            var bytes = System.IO.File.ReadAllBytes(path);
            var etag = "\"" + Convert.ToHexString(MD5.HashData(bytes)) + "\"";
            if (Request.Headers[HeaderNames.IfNoneMatch] == etag)
            {
                return StatusCode(304);
            }
            Response.Headers[HeaderNames.ETag] = etag;
            Response.Headers["Digest"] = "sha-256=" + Convert.ToBase64String(SHA256.HashData(bytes));
            return File(bytes, "application/javascript");
        }
    }
}
