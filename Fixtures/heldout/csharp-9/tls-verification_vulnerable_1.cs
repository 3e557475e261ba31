using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Warehouse.Sync;

public static class Program
{
    private static void TrustLegacyErp()
    {
        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true; // expect: tls-verification
    }

    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: erp-sync <erp base url>");
            return 2;
        }
        TrustLegacyErp();
        using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
        var stock = await http.GetStringAsync("/api/stock/export?format=csv");
        await System.IO.File.WriteAllTextAsync("stock.csv", stock);
        Console.WriteLine($"{stock.Split('\n').Length - 1} stock lines synced");
        return 0;
    }
}
