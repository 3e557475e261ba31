using System;
using System.Web.Security;
using System.Web.UI;

namespace Intranet
{
    // Code-behind of Login.aspx (ASP.NET Web Forms).
    public partial class Login : Page
    {
        protected System.Web.UI.WebControls.TextBox UserName;
        protected System.Web.UI.WebControls.TextBox Password;
        protected System.Web.UI.WebControls.Literal Message;

        private static bool IsLocal(string url)
        {
            return !string.IsNullOrEmpty(url)
                   && url.StartsWith("/", StringComparison.Ordinal)
                   && !url.StartsWith("//", StringComparison.Ordinal)
                   && !url.StartsWith("/\\", StringComparison.Ordinal);
        }

        protected void Page_Load(object sender, EventArgs e)
        {
            if (Request.QueryString["logout"] == "1")
            {
                FormsAuthentication.SignOut();
                Response.RedirectPermanent("~/");
            }
        }

        protected void SignIn_Click(object sender, EventArgs e)
        {
            if (!Membership.ValidateUser(UserName.Text, Password.Text))
            {
                Message.Text = "Unknown user name or password.";
                return;
            }
            FormsAuthentication.SetAuthCookie(UserName.Text, false);
            string returnUrl = Request.QueryString["ReturnUrl"];
            Response.Redirect(IsLocal(returnUrl) ? returnUrl : "~/Default.aspx", false);
        }
    }
}
