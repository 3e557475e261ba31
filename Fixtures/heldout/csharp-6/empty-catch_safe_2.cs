using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Telemetry.Forwarder;

public class ForwarderService : BackgroundService
{
    private readonly ServiceBusSender _sender;
    private readonly ITelemetrySource _source;
    private readonly ILogger<ForwarderService> _log;

    public ForwarderService(ServiceBusSender sender, ITelemetrySource source, ILogger<ForwarderService> log)
    {
        _sender = sender;
        _source = source;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = await _source.NextBatchAsync(stoppingToken);
            try
            {
                await _sender.SendMessagesAsync(batch, stoppingToken);
            }
            catch (ServiceBusException ex) when (ex.IsTransient)
            {
                _log.LogWarning(ex, "transient send failure; {Count} messages will be retried", batch.Length);
                _source.Requeue(batch);
            }
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}

public interface ITelemetrySource
{
    Task<ServiceBusMessage[]> NextBatchAsync(CancellationToken ct);
    void Requeue(ServiceBusMessage[] batch);
}
