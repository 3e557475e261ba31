using Nancy;
using Nancy.Authentication.Forms;

namespace Portal.Modules
{
    public class AuthModule : NancyModule
    {
        public AuthModule(IUserValidator users) : base("/auth")
        {
            Post("/login", args =>
            {
                string name = Request.Form.username;
                string password = Request.Form.password;
                string next = Request.Query["next"];
                var user = users.Validate(name, password);
                if (user == null)
                {
                    return HttpStatusCode.Unauthorized;
                }
                return this.LoginAndRedirect(user.Id, fallbackRedirectUrl: next); // expect: open-redirect
            });

            Get("/bounce", args =>
            {
                string target = Request.Query["to"];
                return Response.AsRedirect(target); // expect: open-redirect
            });
        }
    }

    public interface IUserValidator
    {
        PortalUser Validate(string name, string password);
    }

    public class PortalUser
    {
        public System.Guid Id { get; set; }
    }
}
