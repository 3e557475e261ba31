using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Docs.Controllers
{
    [ApiController]
    [Route("files")]
    public class FilesController : ControllerBase
    {
        private readonly string _root;

        public FilesController(IWebHostEnvironment env)
        {
            _root = Path.Combine(env.ContentRootPath, "uploads");
        }

        [HttpGet("download")]
        public IActionResult Download([FromQuery] string name)
        {
            string path = Path.Combine(_root, name);
            if (!System.IO.File.Exists(path))
            {
                return NotFound();
            }
            byte[] bytes = System.IO.File.ReadAllBytes(path); // expect: path-traversal
            return File(bytes, "application/octet-stream", Path.GetFileName(path));
        }

        [HttpDelete("{*relativePath}")]
        public IActionResult Delete(string relativePath)
        {
            System.IO.File.Delete(_root + "/" + relativePath); // expect: path-traversal
            return NoContent();
        }

        [HttpGet("preview")]
        public IActionResult Preview([FromQuery] string doc)
        {
            return PhysicalFile(Path.Combine(_root, "previews", doc + ".pdf"), "application/pdf"); // expect: path-traversal
        }
    }
}
