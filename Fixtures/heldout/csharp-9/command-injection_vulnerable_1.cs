using System.Diagnostics;
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
}

public sealed class TrimCommand : Command<TrimSettings>
{
    private static string OutputFor(string input) => System.IO.Path.ChangeExtension(input, ".trim.mp4");

    public override int Execute(CommandContext context, TrimSettings settings)
    {
        var line = $"ffmpeg -y -ss {settings.From} -to {settings.To} -i \"{settings.Input}\" -c copy \"{OutputFor(settings.Input)}\"";
        using var proc = Process.Start("/bin/bash", new[] { "-c", line }); // expect: command-injection
        proc.WaitForExit();
        AnsiConsole.MarkupLine(proc.ExitCode == 0 ? "[green]done[/]" : "[red]ffmpeg failed[/]");
        return proc.ExitCode;
    }
}

public static class Program
{
    public static int Main(string[] args)
    {
        var app = new CommandApp<TrimCommand>();
        return app.Run(args);
    }
}
