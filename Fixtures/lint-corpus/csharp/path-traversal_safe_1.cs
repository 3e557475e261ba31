using System.IO;
using Microsoft.AspNetCore.Mvc;

namespace Docs.Controllers
{
    public class DownloadsController : Controller
    {
        private const string Root = "/srv/docs";

        public IActionResult Get([FromQuery] string file)
        {
            var path = Path.Combine(Root, Path.GetFileName(file));
            return Content(System.IO.File.ReadAllText(path));
        }

        public IActionResult Raw([FromQuery] string name)
        {
            var full = Path.GetFullPath(Path.Combine(Root, name));
            if (!full.StartsWith(Root + Path.DirectorySeparatorChar))
            {
                return BadRequest();
            }
            return Content(System.IO.File.ReadAllText(full));
        }
    }
}
