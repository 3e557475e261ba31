using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace Telemetry.Collector
{
    public static class HttpClientSetup
    {
        // SHA-256 thumbprint of the gateways' internal CA-issued certificate.
        private const string GatewayThumbprint = "6F1A8E0C2B9D47F3A5E8C1D09B2F7A6E4C3D1B0A9F8E7D6C5B4A39281706F5E4";

        public static IServiceCollection AddDeviceClients(this IServiceCollection services)
        {
            services.AddHttpClient("gateways", c => c.Timeout = TimeSpan.FromSeconds(10))
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                        errors == SslPolicyErrors.None ||
                        (errors == SslPolicyErrors.RemoteCertificateChainErrors &&
                         cert != null && string.Equals(cert.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), GatewayThumbprint, StringComparison.OrdinalIgnoreCase)),
                });
            services.AddHttpClient("public-api");
            return services;
        }

        public static bool IsTrusted(X509Certificate2 cert) => cert.Verify();
    }
}
