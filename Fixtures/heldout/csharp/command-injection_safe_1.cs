using System.Diagnostics;
using System.Net;
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
            if (!IPAddress.TryParse(host, out var address))
            {
                return BadRequest("an IP address is required");
            }

            var psi = new ProcessStartInfo("ping")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("2");
            psi.ArgumentList.Add(address.ToString());
            using var proc = Process.Start(psi);
            string output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            return Content(output, "text/plain");
        }

        [HttpGet("uptime")]
        public IActionResult Uptime()
        {
            using var proc = Process.Start(new ProcessStartInfo("/bin/sh", "-c \"uptime -p\"") { RedirectStandardOutput = true });
            return Content(proc.StandardOutput.ReadToEnd(), "text/plain");
        }
    }
}
