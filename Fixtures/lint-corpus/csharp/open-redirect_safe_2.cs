using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;

public class LanguageController : Controller
{
    private static readonly HashSet<string> Sections = new() { "/dashboard", "/settings", "/billing" };

    [HttpPost]
    public IActionResult Switch(string culture, [FromForm] string back)
    {
        Response.Cookies.Append("culture", culture);
        if (Sections.Contains(back.Trim()))
        {
            return Redirect(back);
        }
        return Redirect("/dashboard");
    }
}
