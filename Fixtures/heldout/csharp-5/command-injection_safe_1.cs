using System.Diagnostics;
using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Media.Consumers;

public sealed record ResizeImage(string SourcePath, string Size, string OutputName);

public sealed record ImageResized(string OutputPath);

public sealed partial class ResizeImageConsumer : IConsumer<ResizeImage>
{
    private const string SourceDir = "/var/media/originals/";
    private const string OutputDir = "/var/media/resized";
    private readonly ILogger<ResizeImageConsumer> _log;

    public ResizeImageConsumer(ILogger<ResizeImageConsumer> log) => _log = log;

    [GeneratedRegex(@"^\d{1,4}x\d{1,4}$")]
    private static partial Regex SizePattern();

    public async Task Consume(ConsumeContext<ResizeImage> context)
    {
        var msg = context.Message;
        var source = Path.GetFullPath(msg.SourcePath);
        if (!source.StartsWith(SourceDir, StringComparison.Ordinal) || !SizePattern().IsMatch(msg.Size))
        {
            throw new ArgumentException("rejected resize request");
        }
        var output = Path.Combine(OutputDir, Path.GetFileName(msg.OutputName));
        var psi = new ProcessStartInfo("convert") { RedirectStandardError = true };
        psi.ArgumentList.Add(source);
        psi.ArgumentList.Add("-resize");
        psi.ArgumentList.Add(msg.Size);
        psi.ArgumentList.Add(output);
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("convert did not start");
        var stderr = await proc.StandardError.ReadToEndAsync();
        await proc.WaitForExitAsync(context.CancellationToken);
        if (proc.ExitCode != 0)
        {
            _log.LogWarning("convert failed: {Error}", stderr);
            throw new InvalidOperationException("resize failed");
        }
        await context.Publish(new ImageResized(output));
    }
}
