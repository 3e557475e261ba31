using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Telemetry.Collector
{
    public class QueueDrainWorker : BackgroundService
    {
        private readonly IMessageQueue _queue;
        private readonly IMetricsSink _sink;

        public QueueDrainWorker(IMessageQueue queue, IMetricsSink sink)
        {
            _queue = queue;
            _sink = sink;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = await _queue.ReceiveAsync(100, stoppingToken);
                foreach (var message in batch)
                {
                    try
                    {
                        await _sink.WriteAsync(Metric.Parse(message.Body), stoppingToken);
                        await _queue.AckAsync(message, stoppingToken);
                    }
                    catch (FormatException) // expect: empty-catch
                    {
                    }
                }
            }
        }
    }
}
