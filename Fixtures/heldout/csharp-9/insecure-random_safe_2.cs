using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Gateway.Sync;

public class RetryingFetcher
{
    private readonly HttpClient _http;

    public RetryingFetcher(HttpClient http) => _http = http;

    private static TimeSpan Backoff(int attempt)
    {
        var baseMs = Math.Min(30_000, 250 * (1 << attempt));
        var jitter = Random.Shared.Next(0, baseMs / 2);
        return TimeSpan.FromMilliseconds(baseMs + jitter);
    }

    public async Task<string> GetAsync(Uri uri, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await _http.GetStringAsync(uri, ct);
            }
            catch (HttpRequestException) when (attempt < 5)
            {
                await Task.Delay(Backoff(attempt), ct);
            }
        }
    }
}
