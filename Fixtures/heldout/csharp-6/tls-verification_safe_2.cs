using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway;

public static class UpstreamSetup
{
    public static HttpMessageInvoker CreateForwarderClient(X509Certificate2 internalRoot)
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.Add(internalRoot);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                CertificateChainPolicy = policy,
            },
        };
        return new HttpMessageInvoker(handler);
    }

    public static IServiceCollection AddLegacyBackend(this IServiceCollection services)
    {
        services.AddHttpClient("legacy-erp")
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                CheckCertificateRevocationList = true,
            });
        return services;
    }
}
