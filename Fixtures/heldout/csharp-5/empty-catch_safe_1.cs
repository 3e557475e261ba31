using Microsoft.Extensions.Logging;
using Quartz;

namespace Ops.Jobs;

// Deletes old crash dumps from every kiosk share once a night.
public sealed class DumpCleanupJob : IJob
{
    private readonly IKioskRegistry _kiosks;
    private readonly ILogger<DumpCleanupJob> _log;

    public DumpCleanupJob(IKioskRegistry kiosks, ILogger<DumpCleanupJob> log)
    {
        _kiosks = kiosks;
        _log = log;
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var cutoff = DateTime.UtcNow.AddDays(-14);
        var removed = 0;
        var failed = 0;
        foreach (var share in await _kiosks.DumpSharesAsync(context.CancellationToken))
        {
            foreach (var dump in Directory.EnumerateFiles(share, "*.dmp"))
            {
                try
                {
                    if (File.GetLastWriteTimeUtc(dump) < cutoff)
                    {
                        File.Delete(dump);
                        removed++;
                    }
                }
                catch (IOException ex)
                {
                    // the kiosk may still hold the dump open; try again tomorrow
                    failed++;
                    _log.LogDebug(ex, "Could not delete {Dump}", dump);
                }
            }
        }
        _log.LogInformation("Removed {Count} old dumps, {Failed} still in use", removed, failed);
    }
}
