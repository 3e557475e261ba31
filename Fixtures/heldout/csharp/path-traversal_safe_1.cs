using System;
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
            _root = Path.GetFullPath(Path.Combine(env.ContentRootPath, "uploads")) + Path.DirectorySeparatorChar;
        }

        [HttpGet("download")]
        public IActionResult Download([FromQuery] string name)
        {
            string path = Path.GetFullPath(Path.Combine(_root, name));
            if (!path.StartsWith(_root, StringComparison.Ordinal) || !System.IO.File.Exists(path))
            {
                return NotFound();
            }
            byte[] bytes = System.IO.File.ReadAllBytes(path);
            return File(bytes, "application/octet-stream", Path.GetFileName(path));
        }

        [HttpGet("preview")]
        public IActionResult Preview([FromQuery] string doc)
        {
            string safeName = Path.GetFileName(doc);
            return PhysicalFile(Path.Combine(_root, "previews", safeName + ".pdf"), "application/pdf");
        }

        [HttpGet("report/{id:guid}")]
        public IActionResult Report(Guid id)
        {
            return PhysicalFile(Path.Combine(_root, "reports", id.ToString("N") + ".csv"), "text/csv");
        }
    }
}
