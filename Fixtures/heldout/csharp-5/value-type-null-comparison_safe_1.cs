using Orleans;

namespace Devices.Grains;

[GenerateSerializer]
public sealed class MeterState
{
    [Id(0)] public DateTimeOffset? LastReading { get; set; }
    [Id(1)] public decimal? Balance { get; set; }
    [Id(2)] public string? Tariff { get; set; }
}

public interface IMeterGrain : IGrainWithStringKey
{
    Task RecordAsync(decimal kwh, DateTimeOffset at);
    Task<bool> IsStaleAsync();
}

public sealed class MeterGrain : Grain, IMeterGrain
{
    private readonly IPersistentState<MeterState> _state;
    private readonly ITariffTable _tariffs;

    public MeterGrain([PersistentState("meter")] IPersistentState<MeterState> state, ITariffTable tariffs)
    {
        _state = state;
        _tariffs = tariffs;
    }

    public async Task RecordAsync(decimal kwh, DateTimeOffset at)
    {
        var s = _state.State;
        if (s.Balance != null)
        {
            s.Balance -= kwh * _tariffs.PriceFor(s.Tariff ?? "standard", at);
        }
        s.LastReading = at;
        await _state.WriteStateAsync();
    }

    public Task<bool> IsStaleAsync()
    {
        var last = _state.State.LastReading;
        return Task.FromResult(last == null || DateTimeOffset.UtcNow - last.Value > TimeSpan.FromHours(6));
    }
}
