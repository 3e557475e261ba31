using System;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Shipping.Consumers;

public record ParcelScanned(string TrackingCode, DateTimeOffset ScannedAt, decimal WeightKg, string Depot);

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
        var at = scan.ScannedAt;
        if (at == null) // expect: value-type-null-comparison
        {
            at = context.SentTime ?? DateTimeOffset.UtcNow;
        }
        if (scan.WeightKg == null || scan.WeightKg <= 0) // expect: value-type-null-comparison
        {
            _logger.LogWarning("Parcel {Code} scanned without weight at {Depot}", scan.TrackingCode, scan.Depot);
        }
        await _log.AppendAsync(scan.TrackingCode, at, scan.WeightKg, scan.Depot);
    }
}
