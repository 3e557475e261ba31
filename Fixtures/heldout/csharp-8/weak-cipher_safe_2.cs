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
            aes.Mode = CipherMode.CBC;
            aes.GenerateIV();
            using var enc = aes.CreateEncryptor();
            var bytes = Encoding.ASCII.GetBytes(cardNumber);
            var cipher = enc.TransformFinalBlock(bytes, 0, bytes.Length);
            using var mac = new HMACSHA256(_key);
            var tag = mac.ComputeHash(cipher);
            return Convert.ToBase64String(aes.IV) + "." + Convert.ToBase64String(cipher) + "." + Convert.ToBase64String(tag);
        }
    }
}
