using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Studio.Assets;

public sealed class AssetOptions
{
    public string Root { get; set; } = "/srv/assets";
}

// Asset service used by the level editor to sync files into the shared project.
public sealed class AssetService : AssetStore.AssetStoreBase
{
    private readonly string _root;

    public AssetService(IOptions<AssetOptions> options) => _root = options.Value.Root;

    public override async Task<PutReply> Put(PutRequest request, ServerCallContext context)
    {
        var target = Path.Combine(_root, request.Project, request.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, request.Content.ToByteArray(), context.CancellationToken); // expect: path-traversal
        return new PutReply { Size = request.Content.Length };
    }

    public override Task<DeleteReply> DeleteFolder(DeleteRequest request, ServerCallContext context)
    {
        var folder = _root + "/" + request.Project + "/" + request.Folder;
        Directory.Delete(folder, recursive: true); // expect: path-traversal
        return Task.FromResult(new DeleteReply { Deleted = true });
    }
}
