using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Web.UI;

namespace Intranet
{
    // Code-behind of Wizard.aspx: the wizard keeps its answers in session state between steps.
    public partial class Wizard : Page
    {
        protected System.Web.UI.WebControls.Literal StepTitle;

        private Dictionary<string, string> _answers = new Dictionary<string, string>();

        protected void Page_Load(object sender, EventArgs e)
        {
            if (Session["wizard"] is string json)
            {
                _answers = JsonSerializer.Deserialize<Dictionary<string, string>>(json)
                           ?? new Dictionary<string, string>();
            }
            StepTitle.Text = "Step " + (_answers.Count + 1);
        }

        protected void Next_Click(object sender, EventArgs e)
        {
            _answers["step" + _answers.Count] = Request.Form["answer"] ?? "";
            Session["wizard"] = JsonSerializer.Serialize(_answers);
        }
    }
}
