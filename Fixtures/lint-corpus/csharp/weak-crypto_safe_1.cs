using System;
using System.Security.Cryptography;
using System.Text;

namespace Accounts
{
    public class PasswordStore
    {
        public string HashPassword(string password, byte[] salt)
        {
            var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);
            return Convert.ToBase64String(hash);
        }

        public string Fingerprint(byte[] data)
        {
            return Convert.ToHexString(SHA256.HashData(data));
        }

        public byte[] Seal(Aes aes, byte[] data)
        {
            aes.Mode = CipherMode.CBC;
            return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        }
    }
}
