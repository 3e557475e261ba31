using System;
using System.IO;
using System.Threading.Tasks;
using Google.Protobuf;
using Grpc.Core;

namespace Firmware.Services;

public class FirmwareService : FirmwareStore.FirmwareStoreBase
{
    private readonly string _root;

    public FirmwareService(string root) => _root = Path.GetFullPath(root);

    private string? ImagePath(string board, string file)
    {
        var full = Path.GetFullPath(Path.Combine(_root, board, file));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public override async Task<ImageReply> GetImage(ImageRequest request, ServerCallContext context)
    {
        var path = ImagePath(request.Board, request.FileName);
        if (path is null || !File.Exists(path))
        {
            throw new RpcException(new Status(StatusCode.NotFound, "no such image"));
        }
        var bytes = await File.ReadAllBytesAsync(path, context.CancellationToken);
        return new ImageReply { Data = ByteString.CopyFrom(bytes), Size = bytes.Length };
    }
}
