using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Studio.Assets;

public sealed class AssetOptions
{
    public string Root { get; set; } = "/srv/assets";
}

public sealed class AssetService : AssetStore.AssetStoreBase
{
    private readonly string _root;

    public AssetService(IOptions<AssetOptions> options) =>
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Value.Root));

    private string Resolve(params string[] parts)
    {
        var full = Path.GetFullPath(Path.Combine(_root, Path.Combine(parts)));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new RpcException(new Status(StatusCode.InvalidArgument, "path leaves the asset root"));
        return full;
    }

    public override async Task<PutReply> Put(PutRequest request, ServerCallContext context)
    {
        var target = Resolve(request.Project, request.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, request.Content.ToByteArray(), context.CancellationToken);
        return new PutReply { Size = request.Content.Length };
    }

    public override Task<DeleteReply> DeleteFolder(DeleteRequest request, ServerCallContext context)
    {
        var folder = Resolve(request.Project, request.Folder);
        Directory.Delete(folder, recursive: true);
        return Task.FromResult(new DeleteReply { Deleted = true });
    }
}
