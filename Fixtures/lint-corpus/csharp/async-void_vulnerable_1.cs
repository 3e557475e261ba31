using System.Net.Http;
using System.Threading.Tasks;

namespace Sync
{
    public class OrderSync
    {
        private readonly HttpClient client = new HttpClient();

        public async void Refresh() // expect: async-void
        {
            var text = await client.GetStringAsync("https://example.org/orders");
            Store(text);
        }

        private void Store(string text) { }
    }
}
