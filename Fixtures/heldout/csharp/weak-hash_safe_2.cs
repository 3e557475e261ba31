using System;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Assets.Controllers;

[ApiController]
[Route("assets")]
public class AssetController : ControllerBase
{
    private readonly IAssetStore _store;

    public AssetController(IAssetStore store) => _store = store;

    [HttpGet("{name}")]
    public IActionResult Get(string name)
    {
        byte[] content = _store.Read(name);
        if (content == null)
        {
            return NotFound();
        }

        // The ETag only needs to change when the bytes change; MD5 is fine for that.
        string etag = "\"" + Convert.ToHexString(MD5.HashData(content)) + "\"";
        if (Request.Headers.IfNoneMatch == etag)
        {
            return StatusCode(304);
        }

        Response.Headers.ETag = etag;
        Response.Headers["Digest"] = "sha-256=" + Convert.ToBase64String(SHA256.HashData(content));
        return File(content, "application/octet-stream");
    }
}
