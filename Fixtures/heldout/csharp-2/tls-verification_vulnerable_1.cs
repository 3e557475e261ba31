using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Telemetry.Collector
{
    public static class HttpClientSetup
    {
        public static IServiceCollection AddDeviceClients(this IServiceCollection services)
        {
            services.AddHttpClient("gateways", c => c.Timeout = TimeSpan.FromSeconds(10))
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // expect: tls-verification
                });

            services.AddHttpClient("lab-sensors")
                .ConfigurePrimaryHttpMessageHandler(() =>
                {
                    var handler = new HttpClientHandler();
                    handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator; // expect: tls-verification
                    return handler;
                });
            return services;
        }
    }
}
