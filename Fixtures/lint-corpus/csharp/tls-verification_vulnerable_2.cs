using FluentFTP;
using MQTTnet.Client;

namespace Plant
{
    public class Connections
    {
        public AsyncFtpClient Ftp(string host)
        {
            var ftp = new AsyncFtpClient(host);
            ftp.Config.EncryptionMode = FtpEncryptionMode.Explicit;
            ftp.ValidateCertificate += (control, e) => e.Accept = true; // expect: tls-verification
            return ftp;
        }

        public MqttClientOptions Mqtt(string host)
        {
            return new MqttClientOptionsBuilder()
                .WithTcpServer(host, 8883)
                .WithTlsOptions(o => o.WithCertificateValidationHandler(_ => true)) // expect: tls-verification
                .Build();
        }
    }
}
