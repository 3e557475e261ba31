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
                catch (Exception) // expect: empty-catch
                {
                }
            }
        }
        _log.LogInformation("Removed {Count} old dumps", removed);
    }
}
