using Microsoft.AspNetCore.Mvc;

namespace Docs.Controllers
{
    [Route("manuals")]
    public class ManualsController : Controller
    {
        private readonly string _root;

        public ManualsController(IWebHostEnvironment env) => _root = Path.Combine(env.ContentRootPath, "manuals");

        [HttpGet("{lang}/{file}")]
        public IActionResult Download(string lang, string file)
        {
            var path = Path.Combine(_root, lang, file);
            if (!System.IO.File.Exists(path))
            {
                return NotFound();
            }
            var bytes = System.IO.File.ReadAllBytes(path); // expect: path-traversal
            return File(bytes, "application/pdf", Path.GetFileName(path));
        }
    }
}
