using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Billing
{
    public class GatewayClient
    {
        public HttpClient Create()
        {
            var handler = new HttpClientHandler();
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true; // expect: tls-verification
            return new HttpClient(handler);
        }

        public void Legacy()
        {
            ServicePointManager.ServerCertificateValidationCallback += delegate { return true; }; // expect: tls-verification
        }

        private static bool AcceptAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) // expect: tls-verification
        {
            return true;
        }
    }
}
