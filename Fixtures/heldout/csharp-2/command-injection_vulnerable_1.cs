using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hosting.Admin.Controllers
{
    [Authorize(Roles = "ops")]
    [Route("admin/backups")]
    public class BackupController : Controller
    {
        [HttpPost("{database}")]
        public async Task<IActionResult> Create(string database, [FromForm] string label)
        {
            var process = Process.Start("/bin/bash", "-c \"pg_dump " + database + " | gzip > /backups/" + label + ".sql.gz\""); // expect: command-injection
            if (process == null)
                return StatusCode(500);
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? Ok() : StatusCode(500, "pg_dump failed");
        }

        [HttpDelete("{label}")]
        public async Task<IActionResult> Delete(string label)
        {
            var psi = new ProcessStartInfo
            {
                FileName = "/bin/sh",
                Arguments = $"-c \"rm -f /backups/{label}.sql.gz\"", // expect: command-injection
                UseShellExecute = false,
            };
            using var process = Process.Start(psi);
            await process!.WaitForExitAsync();
            return NoContent();
        }
    }
}
