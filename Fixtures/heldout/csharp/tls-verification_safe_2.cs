using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Monitoring.Agent
{
    internal static class Probes
    {
        public static HttpClient CreateClient()
        {
            var handler = new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions { EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13 },
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            };
            return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        }

        public static string ReadBanner(string host, int port)
        {
            using var tcp = new TcpClient(host, port);
            using var ssl = new SslStream(tcp.GetStream(), false, ValidateDeviceCertificate);
            ssl.AuthenticateAsClient(host);
            using var reader = new StreamReader(ssl);
            return reader.ReadLine();
        }

        private static bool ValidateDeviceCertificate(object sender, X509Certificate cert, X509Chain chain, SslPolicyErrors errors)
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            Console.Error.WriteLine($"certificate rejected: {errors}");
            return false;
        }
    }
}
