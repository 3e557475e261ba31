using System;
using System.Collections.Generic;
using System.Web.UI;

namespace Intranet
{
    // Code-behind of Wizard.aspx: the wizard keeps its answers in a hidden field between steps.
    public partial class Wizard : Page
    {
        protected System.Web.UI.WebControls.HiddenField WizardState;
        protected System.Web.UI.WebControls.Literal StepTitle;

        private Dictionary<string, string> _answers = new Dictionary<string, string>();

        protected void Page_Load(object sender, EventArgs e)
        {
            if (IsPostBack && !string.IsNullOrEmpty(Request.Form["wizardState"]))
            {
                var formatter = new LosFormatter();
                _answers = (Dictionary<string, string>)formatter.Deserialize(Request.Form["wizardState"]); // expect: unsafe-deserialization
            }
            StepTitle.Text = "Step " + (_answers.Count + 1);
        }

        protected void Next_Click(object sender, EventArgs e)
        {
            _answers["step" + _answers.Count] = Request.Form["answer"] ?? "";
            var writer = new System.IO.StringWriter();
            new LosFormatter().Serialize(writer, _answers);
            WizardState.Value = writer.ToString();
        }
    }
}
