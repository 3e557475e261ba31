using System.Xml;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Studio.Modules;

public sealed class IconModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/icons/inspect", InspectAsync).DisableAntiforgery();
    }

    private static XmlDocument LoadSvg(Stream body)
    {
        var doc = new XmlDocument();
        doc.XmlResolver = new XmlUrlResolver(); // expect: xxe
        doc.Load(body);
        return doc;
    }

    private static async Task<IResult> InspectAsync(IFormFile icon)
    {
        await using var body = icon.OpenReadStream();
        var svg = LoadSvg(body);
        var root = svg.DocumentElement;
        return Results.Ok(new
        {
            width = root?.GetAttribute("width"),
            height = root?.GetAttribute("height"),
            title = svg.GetElementsByTagName("title").Item(0)?.InnerText,
        });
    }
}
