using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Logging;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Web;
using Umbraco.Cms.Infrastructure.Persistence;
using Umbraco.Cms.Web.Website.Controllers;

namespace Acme.Site.Controllers;

public class ProductFeedSurfaceController : SurfaceController
{
    public ProductFeedSurfaceController(IUmbracoContextAccessor umbracoContextAccessor, IUmbracoDatabaseFactory databaseFactory,
        ServiceContext services, AppCaches appCaches, IProfilingLogger profilingLogger, IPublishedUrlProvider publishedUrlProvider)
        : base(umbracoContextAccessor, databaseFactory, services, appCaches, profilingLogger, publishedUrlProvider)
    {
    }

    [HttpPost]
    public IActionResult Import(IFormFile feed)
    {
        using var stream = feed.OpenReadStream();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 10_000_000,
        };
        using var reader = XmlReader.Create(stream, settings);
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Name == "product")
            {
                count++;
            }
        }
        TempData["imported"] = count;
        return RedirectToCurrentUmbracoPage();
    }
}
