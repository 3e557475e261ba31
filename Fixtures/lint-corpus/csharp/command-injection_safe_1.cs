using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ops.Controllers
{
    public class DiagnosticsController : Controller
    {
        private static readonly HashSet<string> Hosts = new() { "db1", "db2" };

        [HttpGet]
        public IActionResult Ping([FromQuery] string host)
        {
            var psi = new ProcessStartInfo("ping");
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("1");
            psi.ArgumentList.Add(Hosts.Contains(host) ? host : "localhost");
            using var process = Process.Start(psi);
            process.WaitForExit();
            return Ok(process.ExitCode);
        }

        [HttpGet]
        public IActionResult Uptime()
        {
            using var p = Process.Start("uptime");
            return Ok();
        }
    }
}
