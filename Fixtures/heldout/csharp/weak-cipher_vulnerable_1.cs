using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Licensing
{
    // Encrypts the license blob that ships with each installation.
    public static class LicenseCrypto
    {
        public static byte[] Encrypt(string licenseXml, byte[] key, byte[] iv)
        {
            using var des = DES.Create(); // expect: weak-cipher
            des.Key = key;
            des.IV = iv;
            using var ms = new MemoryStream();
            using (var cs = new CryptoStream(ms, des.CreateEncryptor(), CryptoStreamMode.Write))
            {
                byte[] plain = Encoding.UTF8.GetBytes(licenseXml);
                cs.Write(plain, 0, plain.Length);
            }
            return ms.ToArray();
        }

        public static string DecryptLegacy(byte[] blob, byte[] key)
        {
            using var tdes = new TripleDESCryptoServiceProvider { Key = key, Mode = CipherMode.CBC }; // expect: weak-cipher
            tdes.IV = new byte[8];
            using var decryptor = tdes.CreateDecryptor();
            byte[] plain = decryptor.TransformFinalBlock(blob, 0, blob.Length);
            return Encoding.UTF8.GetString(plain);
        }
    }
}
