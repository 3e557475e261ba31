using System.Diagnostics;
using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace NetTools.Hubs;

[Authorize(Roles = "support")]
public class DiagnosticsHub : Hub
{
    private static ProcessStartInfo LookupFor(string host)
    {
        var psi = new ProcessStartInfo
        {
            FileName = "nslookup",
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(host);
        psi.ArgumentList.Add("8.8.8.8");
        return psi;
    }

    public async Task Lookup(string host)
    {
        host = host.Trim();
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            await Clients.Caller.SendAsync("lookupResult", host, "not a host name");
            return;
        }
        using var proc = Process.Start(LookupFor(host))!;
        var output = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        await Clients.Caller.SendAsync("lookupResult", host, output);
    }
}
