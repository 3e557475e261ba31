using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace Warehouse.Client;

internal static class Program
{
    // SHA-256 of the inventory server's certificate, published by the ops team.
    private const string PinnedThumbprint = "3F1A9C0D2B7E45A8C1D0E9F8A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8";

    private static bool Validate(HttpRequestMessage _, X509Certificate2? cert, X509Chain? __, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
            return true;
        return cert is not null
            && errors == SslPolicyErrors.RemoteCertificateChainErrors
            && string.Equals(cert.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256),
                PinnedThumbprint, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<int> Main(string[] args)
    {
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = Validate };
        using var channel = GrpcChannel.ForAddress("https://inventory.lan:5001",
            new GrpcChannelOptions { HttpHandler = handler });
        var client = new Inventory.InventoryClient(channel);
        var sku = args.Length > 0 ? args[0] : "ALL";
        var reply = await client.CountAsync(new CountRequest { Sku = sku });
        Console.WriteLine($"{sku}: {reply.OnHand} on hand");
        return 0;
    }
}
