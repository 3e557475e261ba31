using System;
using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Pages.Handbook
{
    public class DownloadModel : PageModel
    {
        private readonly string _root;

        public DownloadModel(IWebHostEnvironment env) =>
            _root = Path.GetFullPath(Path.Combine(env.ContentRootPath, "handbook")) + Path.DirectorySeparatorChar;

        private string? Resolve(string file)
        {
            var full = Path.GetFullPath(Path.Combine(_root, file));
            return full.StartsWith(_root, StringComparison.Ordinal) ? full : null;
        }

        public IActionResult OnGet(string file)
        {
            var path = Resolve(file);
            if (path == null || !System.IO.File.Exists(path))
                return NotFound();
            return PhysicalFile(path, "application/pdf");
        }

        public IActionResult OnPostDelete(string file)
        {
            var path = Resolve(file);
            if (path == null)
                return BadRequest();
            System.IO.File.Delete(path);
            return RedirectToPage("Index");
        }
    }
}
