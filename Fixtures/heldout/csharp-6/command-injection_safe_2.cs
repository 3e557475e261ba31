using System;
using System.Diagnostics;
using System.Net;
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
        var grepInfo = new ProcessStartInfo("grep") { RedirectStandardOutput = true };
        grepInfo.ArgumentList.Add("-n");
        grepInfo.ArgumentList.Add("-e");
        grepInfo.ArgumentList.Add(settings.Pattern);
        grepInfo.ArgumentList.Add("--");
        grepInfo.ArgumentList.Add(settings.File);
        using var grep = Process.Start(grepInfo)!;
        AnsiConsole.WriteLine(grep.StandardOutput.ReadToEnd());
        grep.WaitForExit();

        if (Uri.CheckHostName(settings.Host) == UriHostNameType.Unknown)
        {
            AnsiConsole.MarkupLine("[red]invalid host[/]");
            return 2;
        }
        foreach (var address in Dns.GetHostAddresses(settings.Host))
        {
            AnsiConsole.WriteLine(address.ToString());
        }
        return grep.ExitCode;
    }
}
