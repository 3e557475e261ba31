using System.Xml;
using System.Xml.Linq;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Studio.Modules;

public sealed class IconModule : ICarterModule
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/icons/inspect", InspectAsync).DisableAntiforgery();
    }

    private static XDocument LoadSvg(Stream body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(body, settings);
        return XDocument.Load(reader);
    }

    private static async Task<IResult> InspectAsync(IFormFile icon)
    {
        await using var body = icon.OpenReadStream();
        var svg = LoadSvg(body);
        var root = svg.Root;
        return Results.Ok(new
        {
            width = (string?)root?.Attribute("width"),
            height = (string?)root?.Attribute("height"),
            title = (string?)root?.Element(Svg + "title"),
        });
    }
}
