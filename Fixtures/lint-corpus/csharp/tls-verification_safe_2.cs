using System.Net.Security;
using FluentFTP;

namespace Plant
{
    public class Connections
    {
        public AsyncFtpClient Ftp(string host)
        {
            var ftp = new AsyncFtpClient(host);
            ftp.Config.EncryptionMode = FtpEncryptionMode.Explicit;
            ftp.ValidateCertificate += (control, e) => e.Accept = e.PolicyErrors == SslPolicyErrors.None;
            return ftp;
        }
    }
}
