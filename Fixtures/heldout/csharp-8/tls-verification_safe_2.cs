using System.Net.Security;
using System.Net.Sockets;
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

        public async Task SendAsync(string reading)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(_host, 8883);
            using var ssl = new SslStream(tcp.GetStream(), false);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = _host,
                CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.Online,
            });
            await ssl.WriteAsync(Encoding.UTF8.GetBytes(reading + "\n"));
        }
    }
}
