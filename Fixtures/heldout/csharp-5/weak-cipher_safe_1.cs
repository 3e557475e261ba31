using System.Security.Cryptography;
using System.Text;
using Microsoft.Maui.Storage;

namespace Notes.Services;

// Encrypts notes kept in the app's local SQLite file.
public sealed class NoteCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    private NoteCipher(byte[] key) => _key = key;

    public static async Task<NoteCipher> CreateAsync()
    {
        var stored = await SecureStorage.Default.GetAsync("note-key");
        if (stored is null)
        {
            stored = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            await SecureStorage.Default.SetAsync("note-key", stored);
        }
        return new NoteCipher(Convert.FromBase64String(stored));
    }

    public string Encrypt(string text)
    {
        var plain = Encoding.UTF8.GetBytes(text);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aead = new ChaCha20Poly1305(_key);
        aead.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string blob)
    {
        var data = Convert.FromBase64String(blob);
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aead = new ChaCha20Poly1305(_key);
        aead.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
