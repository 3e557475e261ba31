using MassTransit;
using Microsoft.Extensions.Logging;

namespace Orders.Consumers;

public sealed record OrderShipped(Guid OrderId, string Carrier, string TrackingNumber);

public sealed class OrderShippedConsumer : IConsumer<OrderShipped>
{
    private readonly IOrderStore _orders;
    private readonly IAuditLog _audit;
    private readonly ILogger<OrderShippedConsumer> _log;

    public OrderShippedConsumer(IOrderStore orders, IAuditLog audit, ILogger<OrderShippedConsumer> log)
    {
        _orders = orders;
        _audit = audit;
        _log = log;
    }

    public async Task Consume(ConsumeContext<OrderShipped> context)
    {
        var msg = context.Message;
        await _orders.MarkShippedAsync(msg.OrderId, msg.Carrier, msg.TrackingNumber, context.CancellationToken);
        WriteAudit(msg);
        _log.LogInformation("Order {OrderId} shipped with {Carrier}", msg.OrderId, msg.Carrier);
    }

    private async void WriteAudit(OrderShipped msg) // expect: async-void
    {
        await _audit.AppendAsync("order.shipped", msg.OrderId.ToString(), msg.TrackingNumber);
    }
}
