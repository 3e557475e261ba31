using System;
using System.Diagnostics;
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
            var psi = new ProcessStartInfo("cmd.exe", "/c ping -n 4 " + txtHost.Text) // expect: command-injection
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            using (var p = Process.Start(psi))
            {
                txtOutput.Text = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
            }
        }
    }
}
