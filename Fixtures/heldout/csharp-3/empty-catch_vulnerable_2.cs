using Microsoft.Extensions.Hosting;

namespace Telemetry
{
    public class MetricsFlusher : BackgroundService
    {
        private readonly IMetricsSink _sink;
        private readonly IMetricsBuffer _buffer;

        public MetricsFlusher(IMetricsSink sink, IMetricsBuffer buffer)
        {
            _sink = sink;
            _buffer = buffer;
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
                catch // expect: empty-catch
                {
                }
                await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
            }
        }
    }
}
