using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Telemetry.Collector
{
    public class QueueDrainWorker : BackgroundService
    {
        private readonly IMessageQueue _queue;
        private readonly IMetricsSink _sink;
        private readonly ILogger<QueueDrainWorker> _log;

        public QueueDrainWorker(IMessageQueue queue, IMetricsSink sink, ILogger<QueueDrainWorker> log) =>
            (_queue, _sink, _log) = (queue, sink, log);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    foreach (var message in await _queue.ReceiveAsync(100, stoppingToken))
                    {
                        try
                        {
                            await _sink.WriteAsync(Metric.Parse(message.Body), stoppingToken);
                            await _queue.AckAsync(message, stoppingToken);
                        }
                        catch (FormatException ex)
                        {
                            _log.LogWarning(ex, "dropping malformed metric {Id}", message.Id);
                            await _queue.DeadLetterAsync(message, stoppingToken);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { _log.LogInformation("queue drain stopped"); }
        }
    }
}
