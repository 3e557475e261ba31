using System;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using RabbitMQ.Client;
using WebSocketSharp;

namespace Plant.Gateway;

public static class Connections
{
    // SHA-256 thumbprint of the HMI panel's self-signed certificate, pinned at commissioning.
    private const string HmiThumbprint = "3F2A9C0D5E71B8A4C6D2E9F01B7A3C5D8E6F4A2B1C9D7E5F3A1B8C6D4E2F0A9B";

    public static IConnection OpenBroker(string host, string user, string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = host,
            UserName = user,
            Password = password,
            Port = 5671,
        };
        factory.Ssl.Enabled = true;
        factory.Ssl.ServerName = host;
        factory.Ssl.Version = SslProtocols.Tls12;
        factory.Ssl.AcceptablePolicyErrors = SslPolicyErrors.None;
        return factory.CreateConnection();
    }

    public static WebSocket OpenHmiFeed(string url)
    {
        var ws = new WebSocket(url);
        ws.SslConfiguration.EnabledSslProtocols = SslProtocols.Tls12;
        ws.SslConfiguration.ServerCertificateValidationCallback = (sender, certificate, chain, sslPolicyErrors) =>
            sslPolicyErrors == SslPolicyErrors.None
            || (certificate is X509Certificate2 cert
                && string.Equals(cert.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256),
                    HmiThumbprint, StringComparison.OrdinalIgnoreCase));
        ws.Connect();
        return ws;
    }
}
