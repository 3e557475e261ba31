// Components/StockTicker.razor.cs: live prices on the dashboard (Blazor Server).
using Microsoft.AspNetCore.Components;

namespace Trading.Components;

public partial class StockTicker : ComponentBase, IAsyncDisposable
{
    [Inject] public IQuoteService Quotes { get; set; } = default!;
    [Parameter] public string Symbol { get; set; } = "MSFT";

    private readonly CancellationTokenSource _cts = new();
    private Task? _loop;
    protected decimal Price { get; private set; }

    protected override void OnInitialized()
    {
        _loop = PollAsync(_cts.Token);
    }

    private async Task PollAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        do
        {
            Price = await Quotes.LatestAsync(Symbol);
            await InvokeAsync(StateHasChanged);
        } while (await timer.WaitForNextTickAsync(ct));
    }

    // Blazor awaits Task-returning event handlers and re-renders afterwards.
    protected async Task AddToWatchlist()
    {
        await Quotes.WatchAsync(Symbol);
    }

    public async ValueTask DisposeAsync()
    {
        _cts.Cancel();
        if (_loop is not null)
        {
            try { await _loop; }
            catch (OperationCanceledException) { Price = 0; }
        }
        _cts.Dispose();
    }
}
