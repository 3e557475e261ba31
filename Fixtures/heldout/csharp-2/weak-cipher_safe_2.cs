using System.IO;
using System.Security.Cryptography;

namespace LicenseTool
{
    internal static class LicenseFile
    {
        public static void Write(string path, byte[] key, byte[] license)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            var iv = RandomNumberGenerator.GetBytes(16);
            var cipher = aes.EncryptCbc(license, iv, PaddingMode.PKCS7);
            using var file = File.Create(path);
            file.Write(iv, 0, iv.Length);
            file.Write(cipher, 0, cipher.Length);
        }

        public static byte[] Read(string path, byte[] key)
        {
            var data = File.ReadAllBytes(path);
            using var aes = Aes.Create();
            aes.Key = key;
            return aes.DecryptCbc(data.AsSpan(16).ToArray(), data.AsSpan(0, 16).ToArray(), PaddingMode.PKCS7);
        }
    }
}
