using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;

namespace Monitoring.Agent
{
    internal static class Probes
    {
        public static void Init()
        {
            ServicePointManager.ServerCertificateValidationCallback += (sender, certificate, chain, sslPolicyErrors) => true; // expect: tls-verification
        }

        public static HttpClient CreateClient()
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // expect: tls-verification
            };
            return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        }

        public static string ReadBanner(string host, int port)
        {
            using var tcp = new TcpClient(host, port);
            using var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) => true); // expect: tls-verification
            ssl.AuthenticateAsClient(host);
            using var reader = new StreamReader(ssl);
            return reader.ReadLine();
        }
    }
}
