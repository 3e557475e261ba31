using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace PrinterAgent
{
    internal sealed class IppsClient
    {
        static IppsClient()
        {
            ServicePointManager.ServerCertificateValidationCallback = delegate { return true; }; // expect: tls-verification
        }

        public string GetStatus(string host)
        {
            using var tcp = new TcpClient(host, 631);
            using var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) => true); // expect: tls-verification
            ssl.AuthenticateAsClient(host);
            var request = Encoding.ASCII.GetBytes("GET /printers HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            ssl.Write(request);
            using var reader = new StreamReader(ssl);
            return reader.ReadLine() ?? "";
        }
    }
}
