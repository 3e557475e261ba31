using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace DevTools.Controllers
{
    public class GitController : Controller
    {
        private const string RepoRoot = "/srv/repos";
        private static readonly Regex SafeName = new("^[A-Za-z0-9._/-]{1,100}$");

        [HttpPost]
        public IActionResult Log(string repo, string branch)
        {
            if (!SafeName.IsMatch(repo) || !SafeName.IsMatch(branch) || repo.Contains(".."))
            {
                return BadRequest();
            }
            var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, WorkingDirectory = Path.Combine(RepoRoot, repo) };
            psi.ArgumentList.Add("log");
            psi.ArgumentList.Add("--oneline");
            psi.ArgumentList.Add("-20");
            psi.ArgumentList.Add(branch);
            using var proc = Process.Start(psi)!;
            var output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            return Content(output, "text/plain");
        }
    }
}
