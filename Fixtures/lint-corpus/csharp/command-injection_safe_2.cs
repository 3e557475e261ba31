using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

public class RepoController : ControllerBase
{
    [HttpGet("log")]
    public IActionResult Log([FromQuery] string author)
    {
        var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("log");
        psi.ArgumentList.Add("--oneline");
        psi.ArgumentList.Add("--author");
        psi.ArgumentList.Add(author);
        using var git = Process.Start(psi)!;
        return Ok(git.StandardOutput.ReadToEnd());
    }
}
