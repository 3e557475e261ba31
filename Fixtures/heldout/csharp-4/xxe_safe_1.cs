using System.Globalization;
using System.Xml;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Edi.Importer;

public sealed class PriceListWatcher : BackgroundService
{
    private const string Inbox = @"E:\sftp\inbound\pricelists";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        Async = true,
        IgnoreComments = true,
    };

    private readonly ILogger<PriceListWatcher> _log;
    private readonly IPriceStore _prices;

    public PriceListWatcher(ILogger<PriceListWatcher> log, IPriceStore prices)
    {
        _log = log;
        _prices = prices;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Directory.EnumerateFiles(Inbox, "*.xml"))
            {
                var count = await ImportAsync(file, stoppingToken);
                _log.LogInformation("{File}: {Count} prices", Path.GetFileName(file), count);
                File.Move(file, file + ".done", overwrite: true);
            }
            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        }
    }

    private async Task<int> ImportAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, ReaderSettings);
        var count = 0;
        while (await reader.ReadAsync())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "Item")
                continue;
            var price = decimal.Parse(reader.GetAttribute("price") ?? "0", CultureInfo.InvariantCulture);
            await _prices.UpsertAsync(reader.GetAttribute("sku") ?? "", price, ct);
            count++;
        }
        return count;
    }
}
