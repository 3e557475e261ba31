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
        var plain = Encoding.ASCII.GetBytes(cardNumber);
        var nonce = RandomNumberGenerator.GetBytes(ChaCha20Poly1305.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[ChaCha20Poly1305.TagByteSizes.MaxSize];
        using var aead = new ChaCha20Poly1305(_key);
        aead.Encrypt(nonce, plain, cipher, tag);
        return Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    public string Masked(string cardNumber) =>
        cardNumber.Length <= 4 ? cardNumber : new string('*', cardNumber.Length - 4) + cardNumber[^4..];
}
