using System;
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

    private static string Under(string root, params string[] parts)
    {
        var rootFull = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, Path.Combine(parts)));
        if (!full.StartsWith(rootFull, StringComparison.Ordinal))
            throw new InvalidDataException($"path escapes {root}");
        return full;
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
            var bundle = Under(Inbox, msg.FileName);
            using (var zip = ZipFile.OpenRead(bundle))
            {
                foreach (var entry in zip.Entries)
                {
                    entry.ExtractToFile(Under(Staging, msg.Tenant, entry.FullName), true);
                }
            }
            File.Delete(bundle);
            _logger.LogInformation("imported {File}", msg.FileName);
            _consumer.Commit(result);
        }
    }
}
