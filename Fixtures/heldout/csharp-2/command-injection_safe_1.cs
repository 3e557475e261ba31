using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hosting.Admin.Controllers
{
    [Authorize(Roles = "ops")]
    [Route("admin/backups")]
    public class BackupController : Controller
    {
        private static readonly Regex Name = new Regex("^[a-z][a-z0-9_]{0,62}$");

        [HttpPost("{database}")]
        public async Task<IActionResult> Create(string database, [FromForm] string label)
        {
            if (!Name.IsMatch(database) || !Name.IsMatch(label))
                return BadRequest();
            var psi = new ProcessStartInfo("pg_dump") { UseShellExecute = false };
            psi.ArgumentList.Add("--format=custom");
            psi.ArgumentList.Add("--file=/backups/" + label + ".dump");
            psi.ArgumentList.Add(database);
            using var process = Process.Start(psi);
            await process!.WaitForExitAsync();
            return process.ExitCode == 0 ? Ok() : StatusCode(500, "pg_dump failed");
        }

        [HttpGet("disk")]
        public async Task<IActionResult> Disk()
        {
            var psi = new ProcessStartInfo("/bin/sh", "-c \"df -h /backups | tail -n 1\"") { RedirectStandardOutput = true };
            using var process = Process.Start(psi);
            return Ok(await process!.StandardOutput.ReadToEndAsync());
        }
    }
}
