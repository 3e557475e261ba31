using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Backup.Agent;

// gRPC endpoint the backup console calls on each file server.
public sealed class ArchiveService : Archiver.ArchiverBase
{
    private readonly ILogger<ArchiveService> _log;

    public ArchiveService(ILogger<ArchiveService> log) => _log = log;

    public override async Task<ArchiveReply> Compress(ArchiveRequest request, ServerCallContext context)
    {
        var target = $@"D:\Archives\{DateTime.UtcNow:yyyyMMdd}-{request.Label}.zip";
        var psi = new ProcessStartInfo("powershell.exe", // expect: command-injection
            $"-NoProfile -Command Compress-Archive -Path '{request.Folder}' -DestinationPath '{target}' -Force")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var proc = Process.Start(psi)!;
        var stderr = await proc.StandardError.ReadToEndAsync();
        await proc.WaitForExitAsync(context.CancellationToken);
        if (proc.ExitCode != 0)
        {
            _log.LogWarning("Compress-Archive failed for {Folder}: {Error}", request.Folder, stderr);
            throw new RpcException(new Status(StatusCode.Internal, "archive failed"));
        }
        return new ArchiveReply { Path = target };
    }
}
