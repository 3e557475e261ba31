using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Warehouse.Jobs;

// Reconciles the scanner counts against the ERP every hour.
public sealed class StockReconcileJob : IJob
{
    private readonly IErpClient _erp;
    private readonly IScanStore _scans;
    private readonly ILogger<StockReconcileJob> _log;

    public StockReconcileJob(IErpClient erp, IScanStore scans, ILogger<StockReconcileJob> log)
    {
        _erp = erp;
        _scans = scans;
        _log = log;
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var started = Stopwatch.StartNew();
        var ct = context.CancellationToken;
        var erpCounts = await _erp.GetCountsAsync(ct);
        var scanCounts = await _scans.GetCountsAsync(ct);
        var mismatches = new List<(string Sku, int Delta)>();
        foreach (var (sku, expected) in erpCounts)
        {
            var scanned = scanCounts.GetValueOrDefault(sku);
            var delta = scanned - expected;
            if (delta != 0)
            {
                mismatches.Add((sku, delta));
            }
        }
        using var scope = _log.BeginScope("reconcile {Fire}", context.FireInstanceId);
        _log.LogInformation("{Count} SKUs differ from the ERP ({Elapsed} ms)", mismatches.Count, started.ElapsedMilliseconds);
        _ = _scans.MarkReconciledAsync(DateTime.UtcNow, ct);
    }
}
