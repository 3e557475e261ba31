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

    public string Protect(string cardNumber)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.Mode = CipherMode.ECB; // expect: weak-cipher
        aes.Padding = PaddingMode.PKCS7;
        using var encryptor = aes.CreateEncryptor();
        byte[] plain = Encoding.ASCII.GetBytes(cardNumber);
        return Convert.ToBase64String(encryptor.TransformFinalBlock(plain, 0, plain.Length));
    }

    public byte[] ProtectReference(byte[] reference)
    {
        using var rc2 = RC2.Create(); // expect: weak-cipher
        rc2.Key = _key[..16];
        rc2.GenerateIV();
        using var encryptor = rc2.CreateEncryptor();
        byte[] body = encryptor.TransformFinalBlock(reference, 0, reference.Length);
        byte[] result = new byte[rc2.IV.Length + body.Length];
        rc2.IV.CopyTo(result, 0);
        body.CopyTo(result, rc2.IV.Length);
        return result;
    }
}
