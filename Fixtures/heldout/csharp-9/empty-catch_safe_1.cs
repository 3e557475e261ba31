using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kiosk.Jobs;

public class PurgeOldPhotosJob : IJob
{
    private readonly ILogger<PurgeOldPhotosJob> _log;

    public PurgeOldPhotosJob(ILogger<PurgeOldPhotosJob> log) => _log = log;

    public Task Execute(IJobExecutionContext context)
    {
        var dir = context.MergedJobDataMap.GetString("photoDir") ?? "/var/kiosk/photos";
        var cutoff = DateTime.UtcNow.AddDays(-context.MergedJobDataMap.GetInt("keepDays"));
        var removed = 0;
        var locked = 0;
        foreach (var file in Directory.EnumerateFiles(dir, "*.jpg"))
        {
            if (File.GetLastWriteTimeUtc(file) >= cutoff)
            {
                continue;
            }
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (IOException ex)
            {
                locked++;
                _log.LogDebug(ex, "{File} is still in use, retrying next run", file);
            }
        }
        _log.LogInformation("Purged {Count} photos from {Dir}, {Locked} in use", removed, dir, locked);
        return Task.CompletedTask;
    }
}
