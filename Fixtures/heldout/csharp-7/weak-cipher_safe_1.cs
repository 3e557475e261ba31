using System;
using System.Security.Cryptography;
using System.Text;

namespace Payments.Vault;

// Encrypts stored card numbers for the recurring-billing table.
public sealed class CardNumberProtector
{
    private readonly byte[] _key;

    public CardNumberProtector(byte[] key)
    {
        _key = key;
    }

    public string Protect(string pan)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.ASCII.GetBytes(pan);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var gcm = new AesGcm(_key, tag.Length);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return Convert.ToBase64String(nonce) + "." + Convert.ToBase64String(cipher) + "." + Convert.ToBase64String(tag);
    }

    public string Unprotect(string stored)
    {
        var parts = stored.Split('.');
        var nonce = Convert.FromBase64String(parts[0]);
        var cipher = Convert.FromBase64String(parts[1]);
        var tag = Convert.FromBase64String(parts[2]);
        var plain = new byte[cipher.Length];
        using var gcm = new AesGcm(_key, tag.Length);
        gcm.Decrypt(nonce, cipher, tag, plain);
        return Encoding.ASCII.GetString(plain);
    }
}
