using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace NetTools.Hubs;

[Authorize(Roles = "support")]
public class DiagnosticsHub : Hub
{
    private static ProcessStartInfo LookupFor(string host) => new()
    {
        FileName = "cmd.exe",
        Arguments = "/c nslookup " + host + " 8.8.8.8", // expect: command-injection
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };

    public async Task Lookup(string host)
    {
        using var proc = Process.Start(LookupFor(host.Trim()))!;
        var output = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        await Clients.Caller.SendAsync("lookupResult", host, output);
    }
}
