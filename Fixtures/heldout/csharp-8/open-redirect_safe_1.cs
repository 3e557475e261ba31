using System;
using System.Net;
using System.Threading.Tasks;

namespace DesktopSync.Auth
{
    public class LoopbackCallback
    {
        private const string Welcome = "https://sync.example.com/welcome";
        private readonly HttpListener _listener = new HttpListener();

        public LoopbackCallback(int port)
        {
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/callback/");
        }

        private static string Target(string? state) =>
            state switch
            {
                "settings" => "https://sync.example.com/settings",
                "billing" => "https://sync.example.com/billing",
                _ => Welcome,
            };

        public async Task<string?> WaitForCodeAsync()
        {
            _listener.Start();
            var ctx = await _listener.GetContextAsync();
            var code = ctx.Request.QueryString["code"];
            ctx.Response.Redirect(Target(ctx.Request.QueryString["state"]));
            ctx.Response.Close();
            _listener.Stop();
            return code;
        }
    }
}
