using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.Services;

public class CardTokenProtector
{
    private readonly byte[] _key;

    public CardTokenProtector(IOptions<CryptoOptions> options)
    {
        _key = Convert.FromBase64String(options.Value.CardKey);
    }

    // AES-CBC with a random IV per value; the caller stores an HMAC of iv || ciphertext next to it.
    public string Protect(string cardNumber)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.Mode = CipherMode.CBC;
        aes.GenerateIV();
        byte[] plain = Encoding.ASCII.GetBytes(cardNumber);
        byte[] cipher = aes.EncryptCbc(plain, aes.IV, PaddingMode.PKCS7);
        return Convert.ToBase64String(aes.IV) + ":" + Convert.ToBase64String(cipher);
    }

    public string Fingerprint(string cardNumber)
    {
        using var hmac = new HMACSHA256(_key);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes(cardNumber)));
    }
}
