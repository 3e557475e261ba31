using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;

namespace Warehouse.Client;

// Console client for the inventory gRPC service.
internal static class Program
{
    private static GrpcChannel CreateChannel(string address)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // expect: tls-verification
        };
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler });
    }

    private static async Task<int> Main(string[] args)
    {
        var config = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("WAREHOUSE_")
            .Build();
        var address = config["Inventory:Address"] ?? "https://inventory.lan:5001";
        using var channel = CreateChannel(address);
        var client = new Inventory.InventoryClient(channel);
        var sku = args.Length > 0 ? args[0] : "ALL";
        var reply = await client.CountAsync(new CountRequest { Sku = sku });
        Console.WriteLine($"{sku}: {reply.OnHand} on hand, {reply.Reserved} reserved");
        return 0;
    }
}
