using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PosTerminal.Config;

public static class ConfigVault
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static void SaveMerchantPin(string path, string pin, byte[] key)
    {
        var plain = Encoding.UTF8.GetBytes(pin);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, cipher, tag);
        File.WriteAllBytes(path, [.. nonce, .. tag, .. cipher]);
    }

    public static string LoadMerchantPin(string path, byte[] key)
    {
        var blob = File.ReadAllBytes(path);
        var nonce = blob.AsSpan(0, NonceSize);
        var tag = blob.AsSpan(NonceSize, TagSize);
        var cipher = blob.AsSpan(NonceSize + TagSize);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(nonce, cipher, tag, plain);
        return Encoding.UTF8.GetString(plain);
    }
}
