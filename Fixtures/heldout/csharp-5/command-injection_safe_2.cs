using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Reactive;
using ReactiveUI;

namespace NetTools.ViewModels;

public sealed class DiagnosticsViewModel : ReactiveObject
{
    private const string LogRoot = @"C:\ProgramData\Acme\logs\";
    private string _host = "";
    private string _logPath = "";
    private string _output = "";

    public string Host
    {
        get => _host;
        set => this.RaiseAndSetIfChanged(ref _host, value);
    }

    public string LogPath
    {
        get => _logPath;
        set => this.RaiseAndSetIfChanged(ref _logPath, value);
    }

    public string Output
    {
        get => _output;
        private set => this.RaiseAndSetIfChanged(ref _output, value);
    }

    public ReactiveCommand<Unit, Unit> PingCommand { get; }
    public ReactiveCommand<Unit, Unit> TailCommand { get; }

    public DiagnosticsViewModel()
    {
        PingCommand = ReactiveCommand.CreateFromTask(PingAsync);
        TailCommand = ReactiveCommand.CreateFromTask(TailAsync);
    }

    private async Task PingAsync()
    {
        if (Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            Output = "Not a host name.";
            return;
        }
        using var ping = new Ping();
        var reply = await ping.SendPingAsync(Host, 2000);
        Output = $"{reply.Status} in {reply.RoundtripTime} ms";
    }

    private async Task TailAsync()
    {
        var full = Path.GetFullPath(LogPath);
        if (!full.StartsWith(LogRoot, StringComparison.OrdinalIgnoreCase))
        {
            Output = "Only files under " + LogRoot + " can be shown.";
            return;
        }
        var psi = new ProcessStartInfo("powershell.exe")
        {
            RedirectStandardOutput = true,
            CreateNoWindow = true,
        };
        psi.ArgumentList.Add("-NoProfile");
        psi.ArgumentList.Add("-File");
        psi.ArgumentList.Add(@"C:\ProgramData\Acme\tools\tail.ps1");
        psi.ArgumentList.Add("-Path");
        psi.ArgumentList.Add(full);
        using var proc = Process.Start(psi)!;
        Output = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
    }
}
