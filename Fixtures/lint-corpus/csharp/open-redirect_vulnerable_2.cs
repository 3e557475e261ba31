using Microsoft.AspNetCore.Mvc;

public class SessionController : Controller
{
    [HttpPost]
    public IActionResult SignOut(string? next)
    {
        HttpContext.Session.Clear();
        return Redirect(next ?? "/"); // expect: open-redirect
    }
}
