using System.Net.Mail;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Notifications
{
    public class Mailer
    {
        private readonly string _host;
        private readonly ILogger<Mailer> _log;

        public Mailer(string host, ILogger<Mailer> log)
        {
            _host = host;
            _log = log;
        }

        public bool Validate(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors)
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            _log.LogWarning("TLS error {Errors} for {Subject}", errors, cert?.Subject);
            return false;
        }

        public void Send(string to, string subject, string body)
        {
            using var client = new SmtpClient(_host, 587) { EnableSsl = true };
            client.Send(new MailMessage("noreply@example.org", to, subject, body));
        }
    }
}
