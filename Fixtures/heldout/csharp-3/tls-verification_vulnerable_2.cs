using System.Net.Mail;
using System.Net;

namespace Notifications
{
    public class LegacyMailer
    {
        private readonly string _host;

        public LegacyMailer(string host)
        {
            _host = host;
            ServicePointManager.ServerCertificateValidationCallback = (_, _, _, _) => true; // expect: tls-verification
        }

        public void Send(string to, string subject, string body)
        {
            using var client = new SmtpClient(_host, 587) { EnableSsl = true };
            client.Send(new MailMessage("noreply@example.org", to, subject, body));
        }

        public HttpClient CreateReportClient() =>
            new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // expect: tls-verification
            });
    }
}
