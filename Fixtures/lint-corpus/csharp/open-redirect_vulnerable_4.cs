using FastEndpoints;

namespace Web
{
    public sealed class LeaveEndpoint : EndpointWithoutRequest
    {
        public override void Configure()
        {
            Get("/leave");
            AllowAnonymous();
        }

        public override async Task HandleAsync(CancellationToken ct)
        {
            var to = HttpContext.Request.Query["to"].ToString();
            await SendRedirectAsync(to, allowRemoteRedirects: true); // expect: open-redirect
        }
    }
}
