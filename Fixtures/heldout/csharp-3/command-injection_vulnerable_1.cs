using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DevTools.Controllers
{
    public class GitController : Controller
    {
        private const string RepoRoot = "/srv/repos";

        [HttpPost]
        public IActionResult Log(string repo, string branch)
        {
            var psi = new ProcessStartInfo
            {
                FileName = "/bin/bash",
                Arguments = $"-c \"cd {RepoRoot}/{repo} && git log --oneline -20 {branch}\"", // expect: command-injection
                RedirectStandardOutput = true,
            };
            using var proc = Process.Start(psi)!;
            var output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            return Content(output, "text/plain");
        }
    }
}
