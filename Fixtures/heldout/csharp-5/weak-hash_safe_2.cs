using System.IO.Hashing;
using System.Security.Cryptography;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Studio.Modules;

// Asset uploads: a strong hash names the stored blob, a fast non-cryptographic one finds duplicates.
public sealed class AssetModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/assets", UploadAsync).DisableAntiforgery();
    }

    private static async Task<IResult> UploadAsync(IFormFile file, IAssetStore store, CancellationToken ct)
    {
        await using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        var bytes = ms.ToArray();

        var quick = XxHash64.HashToUInt64(bytes);
        if (await store.HasCandidateAsync(quick, ct))
        {
            var existing = await store.FindExactAsync(bytes, ct);
            if (existing is not null)
            {
                return Results.Ok(new { id = existing, duplicate = true });
            }
        }

        var id = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        await store.SaveAsync(id, quick, bytes, ct);
        return Results.Created($"/assets/{id}", new { id, duplicate = false });
    }
}
