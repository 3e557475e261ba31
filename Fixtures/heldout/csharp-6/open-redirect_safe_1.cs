using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Logging;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Web;
using Umbraco.Cms.Infrastructure.Persistence;
using Umbraco.Cms.Web.Website.Controllers;

namespace Acme.Site.Controllers;

public class MemberLoginSurfaceController : SurfaceController
{
    private readonly IMemberSignInManager _signIn;

    public MemberLoginSurfaceController(IMemberSignInManager signIn, IUmbracoContextAccessor umbracoContextAccessor,
        IUmbracoDatabaseFactory databaseFactory, ServiceContext services, AppCaches appCaches,
        IProfilingLogger profilingLogger, IPublishedUrlProvider publishedUrlProvider)
        : base(umbracoContextAccessor, databaseFactory, services, appCaches, profilingLogger, publishedUrlProvider)
    {
        _signIn = signIn;
    }

    [HttpPost]
    public async Task<IActionResult> Login(string username, string password, string returnUrl)
    {
        var result = await _signIn.PasswordSignInAsync(username, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "Invalid credentials");
            return CurrentUmbracoPage();
        }
        return Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : Redirect("/members");
    }

    [HttpGet]
    public async Task<IActionResult> Logout([FromQuery] string target)
    {
        await _signIn.SignOutAsync();
        return LocalRedirect(string.IsNullOrEmpty(target) ? "/" : target);
    }
}
