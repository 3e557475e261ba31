using System.IO;
using Microsoft.AspNetCore.Mvc;

namespace Docs.Controllers
{
    public class DownloadsController : Controller
    {
        private const string Root = "/srv/docs";

        public IActionResult Get([FromQuery] string file)
        {
            var path = Path.Combine(Root, file);
            var text = System.IO.File.ReadAllText(path); // expect: path-traversal
            return Content(text);
        }

        public IActionResult Raw()
        {
            string name = Request.Query["name"];
            if (name.EndsWith(".pdf"))
            {
                var stream = new FileStream(Root + "/" + name, FileMode.Open); // expect: path-traversal
                return File(stream, "application/pdf");
            }
            return NotFound();
        }
    }
}
