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
        await using var target = System.IO.File.Create(Path.Combine(Inbox, upload.FileName)); // expect: path-traversal
        await upload.CopyToAsync(target);
        return Ok();
    }
}
