using System;
using System.Net;
using System.Threading.Tasks;

namespace DesktopSync.Auth
{
    /// Loopback listener that finishes the OAuth sign-in of the desktop client.
    public class LoopbackCallback
    {
        private readonly HttpListener _listener = new HttpListener();

        public LoopbackCallback(int port)
        {
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/callback/");
        }

        public async Task<string?> WaitForCodeAsync()
        {
            _listener.Start();
            var ctx = await _listener.GetContextAsync();
            var code = ctx.Request.QueryString["code"];
            var next = ctx.Request.QueryString["state"] ?? "https://sync.example.com/welcome";
            ctx.Response.Redirect(next); // expect: open-redirect
            ctx.Response.Close();
            _listener.Stop();
            return code;
        }
    }
}
