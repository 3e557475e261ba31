using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Media.Consumers;

public sealed record ResizeImage(string SourcePath, string Size, string OutputName);

public sealed record ImageResized(string OutputPath);

public sealed class ResizeImageConsumer : IConsumer<ResizeImage>
{
    private const string OutputDir = "/var/media/resized";
    private readonly ILogger<ResizeImageConsumer> _log;

    public ResizeImageConsumer(ILogger<ResizeImageConsumer> log) => _log = log;

    public async Task Consume(ConsumeContext<ResizeImage> context)
    {
        var msg = context.Message;
        var output = $"{OutputDir}/{msg.OutputName}";
        var psi = new ProcessStartInfo
        {
            FileName = "/bin/bash",
            Arguments = $"-c \"convert '{msg.SourcePath}' -resize {msg.Size} '{output}'\"", // expect: command-injection
            RedirectStandardError = true,
        };
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
