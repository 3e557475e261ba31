using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NetTools.Controllers
{
    [ApiController]
    [Route("tools")]
    public class DiagnosticsController : ControllerBase
    {
        [HttpGet("ping")]
        public IActionResult Ping([FromQuery] string host)
        {
            var psi = new ProcessStartInfo("cmd.exe", "/c ping -n 2 " + host) // expect: command-injection
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var proc = Process.Start(psi);
            string output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            return Content(output, "text/plain");
        }

        [HttpPost("nslookup")]
        public IActionResult Lookup([FromForm] string domain)
        {
            using var proc = Process.Start("/bin/bash", $"-c \"nslookup {domain}\""); // expect: command-injection
            proc.WaitForExit(5000);
            return Ok(new { exitCode = proc.ExitCode });
        }
    }
}
