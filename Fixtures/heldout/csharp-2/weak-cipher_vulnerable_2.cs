using System.IO;
using System.Security.Cryptography;

namespace LicenseTool
{
    internal static class LicenseFile
    {
        public static void Write(string path, byte[] key, byte[] iv, byte[] license)
        {
            using var des = DES.Create(); // expect: weak-cipher
            using var file = File.Create(path);
            using var crypto = new CryptoStream(file, des.CreateEncryptor(key, iv), CryptoStreamMode.Write);
            crypto.Write(license, 0, license.Length);
        }

        public static byte[] ReadV1(string path, byte[] key, byte[] iv)
        {
            using var rc2 = new RC2CryptoServiceProvider(); // expect: weak-cipher
            using var file = File.OpenRead(path);
            using var crypto = new CryptoStream(file, rc2.CreateDecryptor(key, iv), CryptoStreamMode.Read);
            using var ms = new MemoryStream();
            crypto.CopyTo(ms);
            return ms.ToArray();
        }
    }
}
