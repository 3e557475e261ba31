using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Warehouse.Clients
{
    public record StockLevel(string Sku, int Quantity);

    public static class InventoryClientSetup
    {
        // The staging box has a self-signed certificate: pin its thumbprint instead of trusting everything.
        public static IServiceCollection AddInventoryClient(this IServiceCollection services, Uri baseAddress, string pinnedThumbprint)
        {
            services.AddHttpClient<InventoryClient>(c => c.BaseAddress = baseAddress)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                        errors == SslPolicyErrors.None
                        || (cert != null && string.Equals(cert.GetCertHashString(), pinnedThumbprint, StringComparison.OrdinalIgnoreCase)),
                });
            return services;
        }
    }

    public class InventoryClient
    {
        private readonly HttpClient _http;

        public InventoryClient(HttpClient http) => _http = http;

        public Task<StockLevel> GetAsync(string sku) =>
            _http.GetFromJsonAsync<StockLevel>($"stock/{Uri.EscapeDataString(sku)}");
    }
}
