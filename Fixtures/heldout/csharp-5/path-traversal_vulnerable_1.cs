using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Studio.Modules;

public sealed class ExportOptions
{
    public string Root { get; set; } = "/srv/studio/exports";
}

public sealed class ExportModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/{project}/{file}", DownloadAsync).RequireAuthorization();
    }

    private static async Task<IResult> DownloadAsync(string project, string file, IOptions<ExportOptions> options, CancellationToken ct)
    {
        var path = Path.Combine(options.Value.Root, project, file);
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }
        var bytes = await File.ReadAllBytesAsync(path, ct); // expect: path-traversal
        return Results.File(bytes, "application/octet-stream", file);
    }
}
