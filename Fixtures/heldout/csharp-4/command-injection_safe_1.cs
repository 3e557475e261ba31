using System.Diagnostics;
using System.Text.RegularExpressions;
using Grpc.Core;

namespace Backup.Agent;

public sealed partial class ArchiveService : Archiver.ArchiverBase
{
    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex LabelPattern();

    private static readonly string ShareRoot = @"D:\Shares\";

    public override async Task<ArchiveReply> Compress(ArchiveRequest request, ServerCallContext context)
    {
        var folder = Path.GetFullPath(Path.Combine(ShareRoot, request.Folder));
        if (!folder.StartsWith(ShareRoot, StringComparison.OrdinalIgnoreCase) || !LabelPattern().IsMatch(request.Label))
            throw new RpcException(new Status(StatusCode.InvalidArgument, "bad folder or label"));

        var target = $@"D:\Archives\{DateTime.UtcNow:yyyyMMdd}-{request.Label}.zip";
        var psi = new ProcessStartInfo("tar.exe") { UseShellExecute = false };
        psi.ArgumentList.Add("-a");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("-f");
        psi.ArgumentList.Add(target);
        psi.ArgumentList.Add("-C");
        psi.ArgumentList.Add(folder);
        psi.ArgumentList.Add(".");
        using var proc = Process.Start(psi)!;
        await proc.WaitForExitAsync(context.CancellationToken);
        if (proc.ExitCode != 0)
            throw new RpcException(new Status(StatusCode.Internal, $"tar exited with {proc.ExitCode}"));
        return new ArchiveReply { Path = target };
    }
}
