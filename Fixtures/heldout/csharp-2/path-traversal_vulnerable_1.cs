using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Pages.Handbook
{
    public class DownloadModel : PageModel
    {
        private readonly string _root;

        public DownloadModel(IWebHostEnvironment env) => _root = Path.Combine(env.ContentRootPath, "handbook");

        public IActionResult OnGet(string file)
        {
            var path = Path.Combine(_root, file);
            if (!System.IO.File.Exists(path))
                return NotFound();
            return PhysicalFile(path, "application/pdf"); // expect: path-traversal
        }

        public IActionResult OnPostDelete(string file)
        {
            System.IO.File.Delete(Path.Combine(_root, file)); // expect: path-traversal
            return RedirectToPage("Index");
        }
    }
}
