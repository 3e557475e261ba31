using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpsTool.Commands;

public sealed class GrepLogsCommand : Command<GrepLogsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pattern>")]
        public string Pattern { get; set; } = "";

        [CommandOption("--file")]
        public string File { get; set; } = "/var/log/app.log";

        [CommandOption("--host")]
        public string Host { get; set; } = "localhost";
    }

    public override int Execute(CommandContext context, Settings settings)
    {
        using var grep = Process.Start("bash", $"-c \"grep -n '{settings.Pattern}' {settings.File} | tail -50\""); // expect: command-injection
        grep.WaitForExit();

        var psi = new ProcessStartInfo
        {
            FileName = "cmd.exe",
            Arguments = "/c nslookup " + settings.Host, // expect: command-injection
            RedirectStandardOutput = true,
        };
        using var lookup = Process.Start(psi)!;
        AnsiConsole.WriteLine(lookup.StandardOutput.ReadToEnd());
        lookup.WaitForExit();
        return grep.ExitCode;
    }
}
