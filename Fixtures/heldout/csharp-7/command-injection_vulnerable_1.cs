using System.Diagnostics;
using Akka.Actor;
using Akka.Event;

namespace Docs.Conversion;

public sealed record ConvertDocument(string Path, string Format);
public sealed record DocumentConverted(string Path, int ExitCode);

public class ConverterActor : ReceiveActor
{
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public ConverterActor()
    {
        Receive<ConvertDocument>(Convert);
    }

    private void Convert(ConvertDocument msg)
    {
        var psi = new ProcessStartInfo
        {
            FileName = "cmd.exe",
            Arguments = "/c soffice --headless --convert-to " + msg.Format + " \"" + msg.Path + "\"", // expect: command-injection
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using var proc = Process.Start(psi)!;
        proc.WaitForExit();
        _log.Info("converted {0} -> {1}", msg.Path, proc.ExitCode);
        Sender.Tell(new DocumentConverted(msg.Path, proc.ExitCode));
    }
}
