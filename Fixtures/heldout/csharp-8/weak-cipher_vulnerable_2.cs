using System;
using System.Security.Cryptography;
using System.Text;

namespace Loyalty.Cards
{
    public class CardNumberProtector
    {
        private readonly byte[] _key;

        public CardNumberProtector(string base64Key)
        {
            _key = Convert.FromBase64String(base64Key);
        }

        public string Protect(string cardNumber)
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            aes.Mode = CipherMode.ECB; // expect: weak-cipher
            using var enc = aes.CreateEncryptor();
            var bytes = Encoding.ASCII.GetBytes(cardNumber.PadRight(32));
            return Convert.ToBase64String(enc.TransformFinalBlock(bytes, 0, bytes.Length));
        }
    }
}
