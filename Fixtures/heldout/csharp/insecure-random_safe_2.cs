using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace Integrations.Http
{
    public class RetryingClient
    {
        private readonly HttpClient _http;
        private readonly IReadOnlyList<Uri> _mirrors;

        public RetryingClient(HttpClient http, IEnumerable<Uri> mirrors)
        {
            _http = http;
            _mirrors = mirrors.ToList();
        }

        public async Task<string> GetAsync(string path)
        {
            for (int attempt = 0; ; attempt++)
            {
                // Spread load over the mirrors; nothing secret depends on the choice.
                var mirror = _mirrors[Random.Shared.Next(_mirrors.Count)];
                try
                {
                    return await _http.GetStringAsync(new Uri(mirror, path));
                }
                catch (HttpRequestException) when (attempt < 4)
                {
                    int jitter = Random.Shared.Next(0, 250);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt) + jitter));
                }
            }
        }
    }
}
