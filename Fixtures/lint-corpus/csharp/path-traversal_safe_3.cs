using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/homework")]
public class HomeworkController : ControllerBase
{
    private const string Inbox = "/srv/homework/inbox";

    [HttpPost]
    public async Task<IActionResult> Hand(IFormFile upload)
    {
        var stored = Guid.NewGuid().ToString("N") + ".pdf";
        await using var target = System.IO.File.Create(Path.Combine(Inbox, stored));
        await upload.CopyToAsync(target);
        return Ok(new { stored, original = upload.FileName });
    }
}
