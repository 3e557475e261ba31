using Microsoft.AspNetCore.Mvc;

namespace Docs.Controllers
{
    [Route("manuals")]
    public class ManualsController : Controller
    {
        private static readonly HashSet<string> Languages = new() { "en", "de", "fr" };
        private readonly string _root;

        public ManualsController(IWebHostEnvironment env) => _root = Path.GetFullPath(Path.Combine(env.ContentRootPath, "manuals"));

        [HttpGet("{lang}/{file}")]
        public IActionResult Download(string lang, string file)
        {
            if (!Languages.Contains(lang))
            {
                return NotFound();
            }
            var path = Path.GetFullPath(Path.Combine(_root, lang, file));
            if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !System.IO.File.Exists(path))
            {
                return NotFound();
            }
            return PhysicalFile(path, "application/pdf", Path.GetFileName(path));
        }
    }
}
