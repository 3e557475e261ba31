using System;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Shipping.Consumers;

public record ParcelScanned(string TrackingCode, DateTimeOffset? ScannedAt, decimal WeightKg, string Depot);

public interface IParcelLog
{
    Task AppendAsync(string code, DateTimeOffset at, decimal weight, string depot);
}

public class ParcelScannedConsumer : IConsumer<ParcelScanned>
{
    private readonly IParcelLog _log;
    private readonly ILogger<ParcelScannedConsumer> _logger;

    public ParcelScannedConsumer(IParcelLog log, ILogger<ParcelScannedConsumer> logger)
    {
        _log = log;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<ParcelScanned> context)
    {
        var scan = context.Message;
        DateTimeOffset at = scan.ScannedAt ?? context.SentTime ?? DateTimeOffset.UtcNow;
        if (scan.ScannedAt == null)
        {
            _logger.LogDebug("Parcel {Code} has no scanner clock, using {At}", scan.TrackingCode, at);
        }
        if (scan.WeightKg == default || scan.WeightKg <= 0)
        {
            _logger.LogWarning("Parcel {Code} scanned without weight at {Depot}", scan.TrackingCode, scan.Depot);
        }
        await _log.AppendAsync(scan.TrackingCode, at, scan.WeightKg, scan.Depot);
    }
}
