using System;
using System.Threading;
using System.Threading.Tasks;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Orders.Projection;

public interface IOrderProjection
{
    Task ApplyAsync(string orderId, string json, CancellationToken ct);
}

public class ProjectionWorker
{
    private readonly IConsumer<string, string> _consumer;
    private readonly IOrderProjection _projection;
    private readonly ILogger<ProjectionWorker> _logger;

    public ProjectionWorker(IConsumer<string, string> consumer, IOrderProjection projection, ILogger<ProjectionWorker> logger)
    {
        _consumer = consumer;
        _projection = projection;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken ct)
    {
        _consumer.Subscribe("orders");
        while (!ct.IsCancellationRequested)
        {
            var result = _consumer.Consume(ct);
            await _projection.ApplyAsync(result.Message.Key, result.Message.Value, ct);
            await CommitLaterAsync(result, TimeSpan.FromSeconds(1), ct);
        }
    }

    private async Task CommitLaterAsync(ConsumeResult<string, string> result, TimeSpan delay, CancellationToken ct)
    {
        await Task.Delay(delay, ct);
        _consumer.Commit(result);
        _logger.LogDebug("committed {Offset}", result.TopicPartitionOffset);
    }
}
