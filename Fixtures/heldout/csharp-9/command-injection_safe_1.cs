using System.Diagnostics;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClipCut;

public sealed class TrimSettings : CommandSettings
{
    [CommandArgument(0, "<input>")]
    public string Input { get; set; } = "";

    [CommandOption("--from")]
    public string From { get; set; } = "00:00:00";

    [CommandOption("--to")]
    public string To { get; set; } = "00:00:10";

    public override ValidationResult Validate()
    {
        var stamp = new Regex(@"^\d{2}:\d{2}:\d{2}(\.\d+)?$");
        return stamp.IsMatch(From) && stamp.IsMatch(To)
            ? ValidationResult.Success()
            : ValidationResult.Error("times must look like 00:01:30");
    }
}

public sealed class TrimCommand : Command<TrimSettings>
{
    public override int Execute(CommandContext context, TrimSettings settings)
    {
        var psi = new ProcessStartInfo("ffmpeg") { UseShellExecute = false };
        foreach (var arg in new[] { "-y", "-ss", settings.From, "-to", settings.To, "-i", settings.Input, "-c", "copy" })
        {
            psi.ArgumentList.Add(arg);
        }
        psi.ArgumentList.Add(System.IO.Path.ChangeExtension(settings.Input, ".trim.mp4"));
        using var proc = Process.Start(psi)!;
        proc.WaitForExit();
        AnsiConsole.MarkupLine(proc.ExitCode == 0 ? "[green]done[/]" : "[red]ffmpeg failed[/]");
        return proc.ExitCode;
    }
}

public static class Program
{
    public static int Main(string[] args) => new CommandApp<TrimCommand>().Run(args);
}
