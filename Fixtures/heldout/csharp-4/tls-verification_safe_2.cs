using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Plant.Reporter;

public static class GatewayClient
{
    private const string GatewayHost = "plc-gw.plant.local";

    public static async Task<string> ReadCountersAsync(CancellationToken ct)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(GatewayHost, 8443, ct);
        await using var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = GatewayHost,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            CertificateRevocationCheckMode = X509RevocationMode.Online,
        }, ct);
        using var reader = new StreamReader(ssl);
        return await reader.ReadLineAsync(ct) ?? "";
    }

    // Logged when a handshake fails so the on-call engineer sees why.
    public static bool LogAndReject(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors != SslPolicyErrors.None)
            Console.Error.WriteLine($"gateway certificate rejected: {errors} ({cert?.Subject})");
        return errors == SslPolicyErrors.None;
    }
}
