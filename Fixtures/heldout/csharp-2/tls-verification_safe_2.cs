using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace PrinterAgent
{
    internal sealed class IppsClient
    {
        private static bool ValidatePrinter(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors)
        {
            if (errors != SslPolicyErrors.None)
                System.Console.Error.WriteLine("rejecting printer certificate: " + errors);
            return errors == SslPolicyErrors.None;
        }

        public string GetStatus(string host)
        {
            using var tcp = new TcpClient(host, 631);
            using var ssl = new SslStream(tcp.GetStream(), false, ValidatePrinter);
            ssl.AuthenticateAsClient(host);
            var request = Encoding.ASCII.GetBytes("GET /printers HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            ssl.Write(request);
            using var reader = new StreamReader(ssl);
            return reader.ReadLine() ?? "";
        }
    }
}
