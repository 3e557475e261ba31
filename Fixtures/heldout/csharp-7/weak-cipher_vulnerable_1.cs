using System;
using System.Security.Cryptography;
using System.Text;

namespace Payments.Vault;

// Encrypts stored card numbers for the recurring-billing table.
public sealed class CardNumberProtector
{
    private readonly byte[] _key;
    private readonly byte[] _legacyKey;

    public CardNumberProtector(byte[] key, byte[] legacyKey)
    {
        _key = key;
        _legacyKey = legacyKey;
    }

    public string Protect(string pan)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        var cipher = aes.EncryptEcb(Encoding.ASCII.GetBytes(pan), PaddingMode.PKCS7); // expect: weak-cipher
        return Convert.ToBase64String(cipher);
    }

    public string UnprotectLegacy(string stored)
    {
        using var tdes = TripleDES.Create(); // expect: weak-cipher
        tdes.Key = _legacyKey;
        tdes.IV = new byte[8];
        var plain = tdes.DecryptCbc(Convert.FromBase64String(stored), tdes.IV);
        return Encoding.ASCII.GetString(plain);
    }
}
