using System;
using System.Threading.Tasks;
using System.Windows.Forms;

namespace Kitchen.Display
{
    public class OrdersForm : Form
    {
        private readonly IOrderApi _api;
        private readonly ListBox _orders = new ListBox { Dock = DockStyle.Fill };
        private readonly Button _refresh = new Button { Text = "Refresh", Dock = DockStyle.Bottom };

        public OrdersForm(IOrderApi api)
        {
            _api = api;
            Controls.Add(_orders);
            Controls.Add(_refresh);
            _refresh.Click += RefreshButton_Click;
            Load += OrdersForm_Load;
        }

        private async void RefreshButton_Click(object? sender, EventArgs e) => await ReloadAsync();

        private async void OrdersForm_Load(object? sender, EventArgs e) => await ReloadAsync();

        private async Task ReloadAsync()
        {
            _orders.Items.Clear();
            foreach (var order in await _api.GetOpenOrdersAsync())
                _orders.Items.Add(order.Summary);
        }
    }
}
