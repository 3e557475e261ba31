using System;
using System.Diagnostics;
using System.Net;
using System.Windows.Forms;

namespace NetTools
{
    public partial class PingForm : Form
    {
        private readonly TextBox txtHost = new TextBox();
        private readonly TextBox txtOutput = new TextBox { Multiline = true };
        private readonly Button btnPing = new Button { Text = "Ping" };

        public PingForm()
        {
            Controls.AddRange(new Control[] { txtHost, btnPing, txtOutput });
            btnPing.Click += BtnPing_Click;
        }

        private void BtnPing_Click(object sender, EventArgs e)
        {
            if (!IPAddress.TryParse(txtHost.Text.Trim(), out var address))
            {
                txtOutput.Text = "Enter an IP address.";
                return;
            }
            var psi = new ProcessStartInfo("ping.exe") { RedirectStandardOutput = true, UseShellExecute = false, CreateNoWindow = true };
            psi.ArgumentList.Add("-n");
            psi.ArgumentList.Add("4");
            psi.ArgumentList.Add(address.ToString());
            using (var p = Process.Start(psi))
            {
                txtOutput.Text = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
            }
        }
    }
}
