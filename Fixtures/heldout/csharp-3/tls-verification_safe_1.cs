using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

var builder = WebApplication.CreateBuilder(args);
var pinned = builder.Configuration["Erp:CertThumbprint"] ?? "";

builder.Services.AddHttpClient("erp", client =>
{
    client.BaseAddress = new Uri(builder.Configuration["Erp:BaseUrl"]!);
    client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
})
.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
{
    SslOptions =
    {
        RemoteCertificateValidationCallback = (sender, cert, chain, errors) =>
            errors == SslPolicyErrors.None
            || (cert is X509Certificate2 c && string.Equals(c.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), pinned, StringComparison.OrdinalIgnoreCase)),
    },
});

var app = builder.Build();
app.MapGet("/health", () => Results.Ok("up"));
app.Run();
