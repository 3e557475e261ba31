using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Kiosk.Licensing
{
    public static class LicenseFile
    {
        public static void Write(string path, string licensee, DateTime expires, byte[] key)
        {
            using var aes = new AesGcm(key);
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var plain = Encoding.UTF8.GetBytes($"{licensee}|{expires:O}");
            var cipher = new byte[plain.Length];
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            aes.Encrypt(nonce, plain, cipher, tag);
            using var fs = File.Create(path);
            fs.Write(nonce);
            fs.Write(tag);
            fs.Write(cipher);
        }
    }
}
