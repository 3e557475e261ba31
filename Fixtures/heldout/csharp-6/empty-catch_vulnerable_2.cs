using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;

namespace Telemetry.Forwarder;

public class ForwarderService : BackgroundService
{
    private readonly ServiceBusSender _sender;
    private readonly ITelemetrySource _source;

    public ForwarderService(ServiceBusSender sender, ITelemetrySource source)
    {
        _sender = sender;
        _source = source;
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
            catch (ServiceBusException) { } // expect: empty-catch
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
            catch // expect: empty-catch
            {
            }
        }
    }
}

public interface ITelemetrySource
{
    Task<ServiceBusMessage[]> NextBatchAsync(CancellationToken ct);
}
