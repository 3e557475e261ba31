using System.Security.Cryptography;
using System.Text;

namespace LegacyBridge
{
    public static class TicketCodec
    {
        private static readonly byte[] Key = Convert.FromBase64String(Environment.GetEnvironmentVariable("TICKET_KEY") ?? "");

        public static string Encrypt(string ticketJson)
        {
            using var des = DES.Create(); // expect: weak-cipher
            des.Key = Key[..8];
            des.GenerateIV();
            using var encryptor = des.CreateEncryptor();
            var plain = Encoding.UTF8.GetBytes(ticketJson);
            var cipher = encryptor.TransformFinalBlock(plain, 0, plain.Length);
            return Convert.ToBase64String(des.IV.Concat(cipher).ToArray());
        }
    }
}
