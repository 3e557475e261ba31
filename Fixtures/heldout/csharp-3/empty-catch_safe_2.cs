using Microsoft.Extensions.Hosting;

namespace Telemetry
{
    public class MetricsFlusher : BackgroundService
    {
        private readonly IMetricsSink _sink;
        private readonly IMetricsBuffer _buffer;
        private readonly ILogger<MetricsFlusher> _log;

        public MetricsFlusher(IMetricsSink sink, IMetricsBuffer buffer, ILogger<MetricsFlusher> log)
        {
            _sink = sink;
            _buffer = buffer;
            _log = log;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = _buffer.Drain();
                try
                {
                    await _sink.WriteAsync(batch, stoppingToken);
                }
                catch (HttpRequestException ex) when (batch.Count > 0)
                {
                    _log.LogWarning(ex, "flush failed, re-queueing {Count} points", batch.Count);
                    _buffer.Requeue(batch);
                }
                await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
            }
        }
    }
}
