using System;
using System.Security.Cryptography;
using System.Text;

namespace Licensing
{
    // Encrypts the license blob that ships with each installation (AES-GCM, nonce || tag || ciphertext).
    public static class LicenseCrypto
    {
        public static byte[] Encrypt(string licenseXml, byte[] key)
        {
            byte[] plain = Encoding.UTF8.GetBytes(licenseXml);
            byte[] nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            byte[] tag = new byte[AesGcm.TagByteSizes.MaxSize];
            byte[] cipher = new byte[plain.Length];
            using (var gcm = new AesGcm(key, tag.Length))
            {
                gcm.Encrypt(nonce, plain, cipher, tag);
            }

            byte[] blob = new byte[nonce.Length + tag.Length + cipher.Length];
            nonce.CopyTo(blob, 0);
            tag.CopyTo(blob, nonce.Length);
            cipher.CopyTo(blob, nonce.Length + tag.Length);
            return blob;
        }

        public static string Decrypt(byte[] blob, byte[] key)
        {
            var nonce = blob.AsSpan(0, 12);
            var tag = blob.AsSpan(12, 16);
            var cipher = blob.AsSpan(28);
            byte[] plain = new byte[cipher.Length];
            using var gcm = new AesGcm(key, 16);
            gcm.Decrypt(nonce, cipher, tag, plain);
            return Encoding.UTF8.GetString(plain);
        }
    }
}
