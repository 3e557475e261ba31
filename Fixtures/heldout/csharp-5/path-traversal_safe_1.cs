using System.Text.RegularExpressions;
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

public sealed partial class ExportModule : ICarterModule
{
    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex ProjectSlug();

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/{project}/{file}", DownloadAsync).RequireAuthorization();
    }

    private static async Task<IResult> DownloadAsync(string project, string file, IOptions<ExportOptions> options, CancellationToken ct)
    {
        if (!ProjectSlug().IsMatch(project) || Path.GetFileName(file) != file || file.StartsWith('.'))
        {
            return Results.BadRequest();
        }
        var path = Path.Combine(options.Value.Root, project, file);
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return Results.File(bytes, "application/octet-stream", file);
    }
}
