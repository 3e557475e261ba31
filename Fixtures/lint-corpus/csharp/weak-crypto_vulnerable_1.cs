using System;
using System.Security.Cryptography;
using System.Text;

namespace Accounts
{
    public class PasswordStore
    {
        public string HashPassword(string password)
        {
            using var md5 = MD5.Create(); // expect: weak-crypto
            return Convert.ToBase64String(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
        }

        public byte[] EncryptNote(byte[] key, byte[] note)
        {
            using var des = new DESCryptoServiceProvider(); // expect: weak-crypto
            des.Key = key;
            return des.CreateEncryptor().TransformFinalBlock(note, 0, note.Length);
        }

        public byte[] Seal(Aes aes, byte[] data)
        {
            aes.Mode = CipherMode.ECB; // expect: weak-crypto
            return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        }
    }
}
