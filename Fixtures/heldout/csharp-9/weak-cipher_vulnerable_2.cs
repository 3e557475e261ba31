using System;
using System.Security.Cryptography;
using System.Text;

namespace Loyalty.Cards;

public class CardNumberProtector
{
    private readonly byte[] _key;

    public CardNumberProtector(string base64Key) => _key = Convert.FromBase64String(base64Key);

    public string Protect(string cardNumber)
    {
        using var tdes = TripleDES.Create(); // expect: weak-cipher
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB; // expect: weak-cipher
        tdes.Padding = PaddingMode.PKCS7;
        var plain = Encoding.ASCII.GetBytes(cardNumber);
        return Convert.ToBase64String(tdes.CreateEncryptor().TransformFinalBlock(plain, 0, plain.Length));
    }

    public string Masked(string cardNumber) =>
        cardNumber.Length <= 4 ? cardNumber : new string('*', cardNumber.Length - 4) + cardNumber[^4..];
}
