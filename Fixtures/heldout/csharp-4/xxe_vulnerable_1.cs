using System.Xml;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Edi.Importer;

// Windows service: picks up supplier price lists dropped on the SFTP share.
public sealed class PriceListWatcher : BackgroundService
{
    private const string Inbox = @"E:\sftp\inbound\pricelists";
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
        using var reader = new XmlTextReader(path);
        reader.DtdProcessing = DtdProcessing.Parse; // expect: xxe
        reader.XmlResolver = new XmlUrlResolver(); // expect: xxe
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Name == "Item")
            {
                var sku = reader.GetAttribute("sku") ?? "";
                var price = decimal.Parse(reader.GetAttribute("price") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                await _prices.UpsertAsync(sku, price, ct);
                count++;
            }
        }
        return count;
    }
}
