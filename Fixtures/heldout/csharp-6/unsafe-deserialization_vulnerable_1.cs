using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Billing.Worker;

public abstract class BillingEvent
{
    public string AccountId { get; set; } = "";
}

public class InvoiceWorker : BackgroundService
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Objects, // expect: unsafe-deserialization
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

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
        var evt = JsonConvert.DeserializeObject<BillingEvent>(args.Message.Body.ToString(), Settings);
        _log.LogInformation("billing event {Type} for {Account}", evt?.GetType().Name, evt?.AccountId);
        await args.CompleteMessageAsync(args.Message);
    }
}
