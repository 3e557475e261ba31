using System.IO;
using System.Text.RegularExpressions;
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
    private static readonly Regex Slug = new("^[a-z0-9-]{1,40}$");
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
        if (!Slug.IsMatch(category ?? "") || Path.GetFileName(file) != file || Path.GetExtension(file) != ".pdf")
        {
            return BadRequest();
        }
        var root = Path.Combine(_env.ContentRootPath, "App_Data", "brochures");
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(root, category, file));
        return File(bytes, "application/pdf", file);
    }
}
