using System;
using System.Threading.Tasks;
using Quartz;

namespace Ledger.Jobs;

public interface IRateFeed
{
    Task<decimal> FetchAsync(string pair);
}

public interface IRateCache
{
    Task StoreAsync(string pair, decimal rate, DateTimeOffset at);
}

[DisallowConcurrentExecution]
public class RefreshRatesJob : IJob
{
    private static readonly string[] Pairs = { "EURUSD", "GBPUSD", "USDJPY" };
    private readonly IRateFeed _feed;
    private readonly IRateCache _cache;

    public RefreshRatesJob(IRateFeed feed, IRateCache cache)
    {
        _feed = feed;
        _cache = cache;
    }

    public Task Execute(IJobExecutionContext context)
    {
        foreach (var pair in Pairs)
        {
            Refresh(pair, context.FireTimeUtc);
        }
        return Task.CompletedTask;
    }

    private async void Refresh(string pair, DateTimeOffset at) // expect: async-void
    {
        var rate = await _feed.FetchAsync(pair);
        await _cache.StoreAsync(pair, rate, at);
    }
}
