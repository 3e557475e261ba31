using System;
using System.Threading;
using System.Threading.Tasks;
using Rebus.Bus;
using Rebus.Handlers;

namespace Shipping.Handlers;

public record ParcelDispatched(string TrackingNumber, string Email);

public class ParcelDispatchedHandler : IHandleMessages<ParcelDispatched>
{
    private readonly INotifier _notifier;
    private readonly IBus _bus;

    public ParcelDispatchedHandler(INotifier notifier, IBus bus)
    {
        _notifier = notifier;
        _bus = bus;
    }

    public Task Handle(ParcelDispatched message)
    {
        NotifyCustomer(message);
        return _bus.Publish(new TrackingStarted(message.TrackingNumber));
    }

    private async void NotifyCustomer(ParcelDispatched message) // expect: async-void
    {
        await _notifier.SendAsync(message.Email, $"Your parcel {message.TrackingNumber} is on its way", CancellationToken.None);
    }
}

public record TrackingStarted(string TrackingNumber);

public interface INotifier
{
    Task SendAsync(string to, string text, CancellationToken ct);
}
