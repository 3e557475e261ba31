// Pages/Diagnostics.razor.cs: network checks for the helpdesk (Blazor Server).
using System.Diagnostics;
using Microsoft.AspNetCore.Components;

namespace Helpdesk.Pages;

public partial class Diagnostics : ComponentBase
{
    public string HostName { get; set; } = "";
    public string Output { get; private set; } = "";

    protected async Task Lookup()
    {
        var psi = new ProcessStartInfo
        {
            FileName = "cmd.exe",
            Arguments = $"/c nslookup {HostName}", // expect: command-injection
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var proc = Process.Start(psi)!;
        Output = await proc.StandardOutput.ReadToEndAsync();
    }

    protected async Task Trace()
    {
        using var proc = Process.Start("cmd.exe", "/c tracert -d -h 15 " + HostName); // expect: command-injection
        await proc.WaitForExitAsync();
        Output = $"tracert exited with {proc.ExitCode}";
    }
}
