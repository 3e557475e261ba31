using System.IO;
using System.IO.Compression;
using System.Text.Json;
using System.Threading;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Imports;

public record BundleArrived(string FileName, string Tenant);

public class BundleImporter
{
    private const string Inbox = "/data/inbox";
    private const string Staging = "/data/staging";
    private readonly IConsumer<string, string> _consumer;
    private readonly ILogger<BundleImporter> _logger;

    public BundleImporter(IConsumer<string, string> consumer, ILogger<BundleImporter> logger)
    {
        _consumer = consumer;
        _logger = logger;
    }

    public void Run(CancellationToken ct)
    {
        _consumer.Subscribe("bundles.arrived");
        while (!ct.IsCancellationRequested)
        {
            var result = _consumer.Consume(ct);
            var msg = JsonSerializer.Deserialize<BundleArrived>(result.Message.Value);
            if (msg is null)
                continue;
            var bundle = Path.Combine(Inbox, msg.FileName);
            using (var zip = ZipFile.OpenRead(bundle)) // expect: path-traversal
            {
                foreach (var entry in zip.Entries)
                {
                    entry.ExtractToFile(Path.Combine(Staging, msg.Tenant, entry.FullName), true); // expect: path-traversal
                }
            }
            File.Delete(bundle); // expect: path-traversal
            _logger.LogInformation("imported {File}", msg.FileName);
            _consumer.Commit(result);
        }
    }
}
