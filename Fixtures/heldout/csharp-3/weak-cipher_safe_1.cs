using System.Security.Cryptography;
using System.Text;

namespace LegacyBridge
{
    public static class TicketCodec
    {
        private static readonly byte[] Key = Convert.FromBase64String(Environment.GetEnvironmentVariable("TICKET_KEY") ?? "");

        public static string Encrypt(string ticketJson)
        {
            var plain = Encoding.UTF8.GetBytes(ticketJson);
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var cipher = new byte[plain.Length];
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            using var gcm = new AesGcm(Key, tag.Length);
            gcm.Encrypt(nonce, plain, cipher, tag);
            return Convert.ToBase64String(nonce.Concat(tag).Concat(cipher).ToArray());
        }
    }
}
