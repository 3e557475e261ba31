using Microsoft.AspNetCore.Http;

namespace Shop.Web
{
    public class CheckoutModule : WebModule
    {
        public CheckoutModule(IUrlHelper url)
        {
            Get("/done", ctx =>
            {
                string back = ctx.Request.Query["back"];
                return ctx.Response.AsRedirect(url.IsLocalUrl(back) ? back : "/");
            });
            Post("/signin", ctx =>
            {
                var account = Accounts.Find(ctx.Request.Form["email"]);
                return SignInAndRedirect(account, returnUrl: "/orders");
            });
        }
    }
}
