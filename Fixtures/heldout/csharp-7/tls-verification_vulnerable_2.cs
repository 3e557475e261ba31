using System.Net.Security;
using System.Security.Authentication;
using RabbitMQ.Client;
using WebSocketSharp;

namespace Plant.Gateway;

public static class Connections
{
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
        factory.Ssl.AcceptablePolicyErrors = SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors; // expect: tls-verification
        return factory.CreateConnection();
    }

    public static WebSocket OpenHmiFeed(string url)
    {
        var ws = new WebSocket(url);
        ws.SslConfiguration.EnabledSslProtocols = SslProtocols.Tls12;
        ws.SslConfiguration.ServerCertificateValidationCallback = (sender, certificate, chain, sslPolicyErrors) => true; // expect: tls-verification
        ws.Connect();
        return ws;
    }
}
