using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Billing
{
    public class GatewayClient
    {
        private const string Pinned = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";

        public HttpClient Create()
        {
            var handler = new HttpClientHandler();
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                errors == SslPolicyErrors.None || cert?.GetCertHashString() == Pinned;
            return new HttpClient(handler);
        }

        private static bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            return errors == SslPolicyErrors.None;
        }
    }
}
