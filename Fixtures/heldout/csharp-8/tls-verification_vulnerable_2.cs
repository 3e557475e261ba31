using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace Plc.Gateway
{
    public class TelemetryUplink
    {
        private readonly string _host;

        public TelemetryUplink(string host)
        {
            _host = host;
        }

        private static bool AcceptAny(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors)
        {
            return true;
        }

        public async Task SendAsync(string reading)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(_host, 8883);
            using var ssl = new SslStream(tcp.GetStream(), false, AcceptAny); // expect: tls-verification
            await ssl.AuthenticateAsClientAsync(_host);
            await ssl.WriteAsync(Encoding.UTF8.GetBytes(reading + "\n"));
        }
    }
}
