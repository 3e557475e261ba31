using System.Diagnostics;
using System.Reactive;
using ReactiveUI;

namespace NetTools.ViewModels;

public sealed class DiagnosticsViewModel : ReactiveObject
{
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

    private static async Task<string> RunAsync(Process proc)
    {
        var text = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return text;
    }

    private async Task PingAsync()
    {
        using var proc = Process.Start(new ProcessStartInfo("cmd.exe", "/c ping -n 4 " + Host) // expect: command-injection
        {
            RedirectStandardOutput = true,
            CreateNoWindow = true,
        })!;
        Output = await RunAsync(proc);
    }

    private async Task TailAsync()
    {
        var script = $"Get-Content -Tail 200 -Path '{LogPath}'";
        var psi = new ProcessStartInfo("powershell.exe", "-NoProfile -Command \"" + script + "\"") // expect: command-injection
        {
            RedirectStandardOutput = true,
            CreateNoWindow = true,
        };
        using var proc = Process.Start(psi)!;
        Output = await RunAsync(proc);
    }
}
