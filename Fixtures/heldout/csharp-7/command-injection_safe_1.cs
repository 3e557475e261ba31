using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Akka.Actor;
using Akka.Event;

namespace Docs.Conversion;

public sealed record ConvertDocument(string Path, string Format);
public sealed record DocumentConverted(string Path, int ExitCode);

public class ConverterActor : ReceiveActor
{
    private const string Inbox = @"D:\docs\inbox\";
    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "pdf", "docx", "odt" };
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public ConverterActor()
    {
        Receive<ConvertDocument>(Convert);
    }

    private void Convert(ConvertDocument msg)
    {
        var full = Path.GetFullPath(msg.Path);
        if (!Formats.Contains(msg.Format) || !full.StartsWith(Inbox, StringComparison.OrdinalIgnoreCase))
        {
            Sender.Tell(new DocumentConverted(msg.Path, -1));
            return;
        }
        var psi = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardOutput = true };
        psi.ArgumentList.Add("--headless");
        psi.ArgumentList.Add("--convert-to");
        psi.ArgumentList.Add(msg.Format);
        psi.ArgumentList.Add(full);
        using var proc = Process.Start(psi)!;
        proc.WaitForExit();
        _log.Info("converted {0} -> {1}", full, proc.ExitCode);
        Sender.Tell(new DocumentConverted(full, proc.ExitCode));
    }
}
