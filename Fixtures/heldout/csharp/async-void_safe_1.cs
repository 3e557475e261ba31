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

        public async Task NotifyWarehouseAsync(Order order)
        {
            var response = await _http.PostAsJsonAsync("warehouse/orders", new { order.Id, order.Lines });
            response.EnsureSuccessStatusCode();
            _log.LogInformation("warehouse notified of order {Id}", order.Id);
        }

        public Task SendConfirmationAsync(Order order, IMailer mailer) =>
            mailer.SendAsync(order.CustomerEmail, "Your order", $"Order {order.Id} is confirmed.");

        public void NotifyInBackground(Order order)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await NotifyWarehouseAsync(order);
                }
                catch (HttpRequestException ex)
                {
                    _log.LogError(ex, "warehouse notification for {Id} failed", order.Id);
                }
            });
        }
    }
}
