using System.Xml;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Catalog.Jobs;

// Pulls each supplier's product feed (XML over SFTP drop folder) every night.
[DisallowConcurrentExecution]
public sealed class SupplierFeedJob : IJob
{
    private readonly IProductImporter _importer;
    private readonly ILogger<SupplierFeedJob> _log;

    public SupplierFeedJob(IProductImporter importer, ILogger<SupplierFeedJob> log)
    {
        _importer = importer;
        _log = log;
    }

    private static XmlReaderSettings FeedSettings() => new()
    {
        // suppliers that still send a DOCTYPE get a parse error and a mail from purchasing
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public async Task Execute(IJobExecutionContext context)
    {
        var dropFolder = context.MergedJobDataMap.GetString("dropFolder") ?? "/srv/sftp/feeds";
        foreach (var path in Directory.EnumerateFiles(dropFolder, "*.xml"))
        {
            using var reader = XmlReader.Create(path, FeedSettings());
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Name == "product")
                {
                    await _importer.ImportAsync(reader.ReadOuterXml(), context.CancellationToken);
                    count++;
                }
            }
            _log.LogInformation("Imported {Count} products from {File}", count, Path.GetFileName(path));
        }
    }
}
