using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Warehouse.Clients
{
    public record StockLevel(string Sku, int Quantity);

    public static class InventoryClientSetup
    {
        public static IServiceCollection AddInventoryClient(this IServiceCollection services, Uri baseAddress)
        {
            services.AddHttpClient<InventoryClient>(c => c.BaseAddress = baseAddress)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    // the staging box has a self-signed certificate
                    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // expect: tls-verification
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
