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
            using var rc2 = RC2.Create(); // expect: weak-cipher
            rc2.Key = key;
            rc2.GenerateIV();
            var plain = Encoding.UTF8.GetBytes($"{licensee}|{expires:O}");
            var sealedBytes = rc2.EncryptCbc(plain, rc2.IV);
            using var fs = File.Create(path);
            fs.Write(rc2.IV);
            fs.Write(sealedBytes);
        }
    }
}
