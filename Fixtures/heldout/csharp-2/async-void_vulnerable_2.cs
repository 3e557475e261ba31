using System.Collections.ObjectModel;
using System.Threading.Tasks;
using Microsoft.AspNetCore.SignalR;

namespace Kitchen.Display
{
    public class OrdersViewModel
    {
        private readonly IOrderApi _api;
        private readonly IHubContext<KitchenHub> _hub;

        public ObservableCollection<Order> Orders { get; } = new ObservableCollection<Order>();

        public OrdersViewModel(IOrderApi api, IHubContext<KitchenHub> hub)
        {
            _api = api;
            _hub = hub;
            LoadOrders();
        }

        private async void LoadOrders() // expect: async-void
        {
            foreach (var order in await _api.GetOpenOrdersAsync())
                Orders.Add(order);
        }

        public async void MarkReady(Order order) // expect: async-void
        {
            await _api.MarkReadyAsync(order.Id);
            Orders.Remove(order);
            await _hub.Clients.All.SendAsync("OrderReady", order.Id);
        }
    }
}
