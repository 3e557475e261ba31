using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Shop.Services
{
    public class OrderNotifier
    {
        private readonly HttpClient _http;
        private readonly ILogger<OrderNotifier> _log;

        public OrderNotifier(HttpClient http, ILogger<OrderNotifier> log)
        {
            _http = http;
            _log = log;
        }

        // Called by the checkout controller right after the order is saved.
        public async void NotifyWarehouse(Order order) // expect: async-void
        {
            var response = await _http.PostAsJsonAsync("warehouse/orders", new { order.Id, order.Lines });
            response.EnsureSuccessStatusCode();
            _log.LogInformation("warehouse notified of order {Id}", order.Id);
        }

        public async void SendConfirmationAsync(Order order, IMailer mailer) // expect: async-void
        {
            await mailer.SendAsync(order.CustomerEmail, "Your order", $"Order {order.Id} is confirmed.");
        }

        public async Task<bool> PingAsync()
        {
            var response = await _http.GetAsync("health");
            return response.IsSuccessStatusCode;
        }
    }
}
