using System;
using System.Security.Cryptography;
using System.Text;

namespace Licensing;

public static class LicenceBlob
{
    public static string Seal(string licenceJson, byte[] key)
    {
        using var gcm = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.UTF8.GetBytes(licenceJson);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        gcm.Encrypt(nonce, plain, cipher, tag);

        var packed = new byte[nonce.Length + tag.Length + cipher.Length];
        nonce.CopyTo(packed, 0);
        tag.CopyTo(packed, nonce.Length);
        cipher.CopyTo(packed, nonce.Length + tag.Length);
        return Convert.ToBase64String(packed);
    }
}
