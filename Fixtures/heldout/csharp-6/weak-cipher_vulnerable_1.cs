using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Licensing;

public static class LicenceBlob
{
    private static readonly byte[] Key = Convert.FromBase64String("q1Z3mV6xJc9tQn8b2Yp4sA==");

    public static string Seal(string licenceJson)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.Mode = CipherMode.ECB; // expect: weak-cipher
        aes.Padding = PaddingMode.PKCS7;
        using var enc = aes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(licenceJson);
        return Convert.ToBase64String(enc.TransformFinalBlock(plain, 0, plain.Length));
    }

    public static byte[] SealLegacy(byte[] plain, byte[] key, byte[] iv)
    {
        using var rc2 = RC2.Create(); // expect: weak-cipher
        rc2.Key = key;
        rc2.IV = iv;
        using var ms = new MemoryStream();
        using (var cs = new CryptoStream(ms, rc2.CreateEncryptor(), CryptoStreamMode.Write))
        {
            cs.Write(plain, 0, plain.Length);
        }
        return ms.ToArray();
    }
}
