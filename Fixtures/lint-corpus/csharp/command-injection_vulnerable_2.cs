using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

public class DiagController : ControllerBase
{
    [HttpGet("trace")]
    public IActionResult Trace([FromQuery] string host)
    {
        var psi = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("traceroute " + host); // expect: command-injection
        using var sh = Process.Start(psi)!;
        return Ok(sh.StandardOutput.ReadToEnd());
    }
}
