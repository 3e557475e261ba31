// Pages/Diagnostics.razor.cs: network checks without a shell.
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace Helpdesk.Pages;

public partial class Diagnostics : ComponentBase
{
    public string HostName { get; set; } = "";
    public string Output { get; private set; } = "";

    protected async Task Lookup()
    {
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(HostName);
            Output = string.Join(Environment.NewLine, addresses.Select(a => a.ToString()));
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            Output = "lookup failed: " + ex.SocketErrorCode;
        }
    }

    protected async Task Trace()
    {
        if (Uri.CheckHostName(HostName) == UriHostNameType.Unknown)
        {
            Output = "not a host name";
            return;
        }
        var psi = new ProcessStartInfo("tracert.exe") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-d");
        psi.ArgumentList.Add("-h");
        psi.ArgumentList.Add("15");
        psi.ArgumentList.Add(HostName);
        using var proc = Process.Start(psi)!;
        Output = await proc.StandardOutput.ReadToEndAsync();
    }

    protected void Uptime()
    {
        using var proc = Process.Start(new ProcessStartInfo("cmd.exe", "/c systeminfo | find \"Boot Time\"")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        Output = proc.StandardOutput.ReadToEnd();
    }
}
