using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Sync
{
    public class OrderSync
    {
        private readonly HttpClient client = new HttpClient();

        public async Task Refresh()
        {
            var text = await client.GetStringAsync("https://example.org/orders");
            Store(text);
        }

        private async void OnTimerElapsed(object sender, EventArgs e)
        {
            await Refresh();
        }

        private void Store(string text) { }
    }
}
