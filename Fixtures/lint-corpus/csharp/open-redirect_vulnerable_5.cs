using Microsoft.AspNetCore.Http;

namespace Shop.Web
{
    public class CheckoutModule : WebModule
    {
        public CheckoutModule()
        {
            Get("/done", ctx =>
            {
                string back = ctx.Request.Query["back"];
                return ctx.Response.AsRedirect(back); // expect: open-redirect
            });
            Post("/signin", ctx =>
            {
                var account = Accounts.Find(ctx.Request.Form["email"]);
                return SignInAndRedirect(account, returnUrl: ctx.Request.Query["returnUrl"]); // expect: open-redirect
            });
        }
    }
}
