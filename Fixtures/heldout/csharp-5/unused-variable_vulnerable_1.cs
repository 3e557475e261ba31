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
        var started = DateTime.UtcNow; // expect: unused-variable
        var ct = context.CancellationToken;
        var erpCounts = await _erp.GetCountsAsync(ct);
        var scanCounts = await _scans.GetCountsAsync(ct);
        var mismatches = new List<string>();
        foreach (var (sku, expected) in erpCounts)
        {
            var scanned = scanCounts.GetValueOrDefault(sku);
            var delta = scanned - expected; // expect: unused-variable
            if (scanned != expected)
            {
                mismatches.Add(sku);
            }
        }
        _log.LogInformation("{Count} SKUs differ from the ERP", mismatches.Count);
    }
}
