using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Billing.Worker;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(InvoiceIssued), "invoice-issued")]
[JsonDerivedType(typeof(PaymentReceived), "payment-received")]
public abstract class BillingEvent
{
    public string AccountId { get; set; } = "";
}

public sealed class InvoiceIssued : BillingEvent { public decimal Amount { get; set; } }

public sealed class PaymentReceived : BillingEvent { public decimal Paid { get; set; } }

public class InvoiceWorker : BackgroundService
{
    private static readonly JsonSerializerOptions Options = new() { MaxDepth = 16 };

    private readonly ServiceBusProcessor _processor;
    private readonly ILogger<InvoiceWorker> _log;

    public InvoiceWorker(ServiceBusClient client, ILogger<InvoiceWorker> log)
    {
        _processor = client.CreateProcessor("billing-events");
        _log = log;
    }

    protected override async Task ExecuteAsync(System.Threading.CancellationToken stoppingToken)
    {
        _processor.ProcessMessageAsync += OnMessage;
        _processor.ProcessErrorAsync += args =>
        {
            _log.LogError(args.Exception, "service bus error on {Entity}", args.EntityPath);
            return Task.CompletedTask;
        };
        await _processor.StartProcessingAsync(stoppingToken);
    }

    private async Task OnMessage(ProcessMessageEventArgs args)
    {
        var evt = args.Message.Body.ToObjectFromJson<BillingEvent>(Options);
        _log.LogInformation("billing event {Type} for {Account}", evt?.GetType().Name, evt?.AccountId);
        await args.CompleteMessageAsync(args.Message);
    }
}
