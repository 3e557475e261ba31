// Components/StockTicker.razor.cs: live prices on the dashboard (Blazor Server).
using Microsoft.AspNetCore.Components;

namespace Trading.Components;

public partial class StockTicker : ComponentBase, IDisposable
{
    [Inject] public IQuoteService Quotes { get; set; } = default!;
    [Parameter] public string Symbol { get; set; } = "MSFT";

    private Timer? _timer;
    protected decimal Price { get; private set; }
    protected string? Error { get; private set; }

    protected override void OnInitialized()
    {
        _timer = new Timer(OnTick, null, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    private async void OnTick(object? state) // expect: async-void
    {
        Price = await Quotes.LatestAsync(Symbol);
        await InvokeAsync(StateHasChanged);
    }

    protected async void AddToWatchlist() // expect: async-void
    {
        await Quotes.WatchAsync(Symbol);
        Error = null;
        StateHasChanged();
    }

    public void Dispose() => _timer?.Dispose();
}
