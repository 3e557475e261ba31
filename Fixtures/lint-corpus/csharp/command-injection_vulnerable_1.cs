using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ops.Controllers
{
    public class DiagnosticsController : Controller
    {
        [HttpGet]
        public IActionResult Ping([FromQuery] string host)
        {
            var process = Process.Start("cmd.exe", "/c ping -n 1 " + host); // expect: command-injection
            process.WaitForExit();
            return Ok(process.ExitCode);
        }

        [HttpPost]
        public IActionResult Lookup()
        {
            string domain = Request.Form["domain"];
            var psi = new ProcessStartInfo
            {
                FileName = "/bin/sh",
                Arguments = $"-c \"nslookup {domain}\"", // expect: command-injection
                RedirectStandardOutput = true,
            };
            using var p = Process.Start(psi);
            return Content(p.StandardOutput.ReadToEnd());
        }
    }
}
