using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Logging;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Web;
using Umbraco.Cms.Infrastructure.Persistence;
using Umbraco.Cms.Web.Website.Controllers;

namespace Acme.Site.Controllers;

public class DownloadsSurfaceController : SurfaceController
{
    private readonly IWebHostEnvironment _env;

    public DownloadsSurfaceController(IWebHostEnvironment env, IUmbracoContextAccessor umbracoContextAccessor,
        IUmbracoDatabaseFactory databaseFactory, ServiceContext services, AppCaches appCaches,
        IProfilingLogger profilingLogger, IPublishedUrlProvider publishedUrlProvider)
        : base(umbracoContextAccessor, databaseFactory, services, appCaches, profilingLogger, publishedUrlProvider)
    {
        _env = env;
    }

    [HttpGet]
    public IActionResult Brochure(string category, string file)
    {
        var root = Path.Combine(_env.ContentRootPath, "App_Data", "brochures");
        var path = Path.Combine(root, category, file);
        var bytes = System.IO.File.ReadAllBytes(path); // expect: path-traversal
        return File(bytes, "application/pdf", file);
    }
}
