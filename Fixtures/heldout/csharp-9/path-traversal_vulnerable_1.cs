using System.IO;
using System.Threading.Tasks;
using Google.Protobuf;
using Grpc.Core;

namespace Firmware.Services;

public class FirmwareService : FirmwareStore.FirmwareStoreBase
{
    private readonly string _root;

    public FirmwareService(string root) => _root = root;

    private string ImagePath(string board, string file) => Path.Combine(_root, board, file);

    public override async Task<ImageReply> GetImage(ImageRequest request, ServerCallContext context)
    {
        var path = ImagePath(request.Board, request.FileName);
        if (!File.Exists(path))
        {
            throw new RpcException(new Status(StatusCode.NotFound, "no such image"));
        }
        var bytes = await File.ReadAllBytesAsync(path, context.CancellationToken); // expect: path-traversal
        return new ImageReply { Data = ByteString.CopyFrom(bytes), Size = bytes.Length };
    }
}
