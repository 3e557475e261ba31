using System.Net.Http;
using System.Net.Security;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Forwarder;

namespace Gateway;

public static class UpstreamSetup
{
    public static HttpMessageInvoker CreateForwarderClient()
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = delegate { return true; }, // expect: tls-verification
            },
        };
        return new HttpMessageInvoker(handler);
    }

    public static IServiceCollection AddLegacyBackend(this IServiceCollection services)
    {
        services.AddHttpClient("legacy-erp")
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // expect: tls-verification
            });
        return services;
    }
}
