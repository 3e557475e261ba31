using System;
using System.Collections.Generic;
using Nancy;
using Nancy.Authentication.Forms;

namespace Portal.Modules
{
    public class AuthModule : NancyModule
    {
        private static readonly HashSet<string> AllowedHosts = new HashSet<string> { "portal.example.com", "docs.example.com" };

        private static string SafeTarget(string target)
        {
            if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && AllowedHosts.Contains(uri.Host))
            {
                return uri.AbsoluteUri;
            }
            return "/";
        }

        public AuthModule(IUserValidator users) : base("/auth")
        {
            Post("/login", args =>
            {
                string name = Request.Form.username;
                string password = Request.Form.password;
                var user = users.Validate(name, password);
                if (user == null)
                {
                    return HttpStatusCode.Unauthorized;
                }
                return this.LoginAndRedirect(user.Id, fallbackRedirectUrl: "/dashboard");
            });

            Get("/bounce", args =>
            {
                string target = Request.Query["to"];
                return Response.AsRedirect(SafeTarget(target));
            });
        }
    }

    public interface IUserValidator
    {
        PortalUser Validate(string name, string password);
    }

    public class PortalUser
    {
        public Guid Id { get; set; }
    }
}
