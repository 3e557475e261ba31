using System.Security.Cryptography;
using System.Text;
using Microsoft.Maui.Storage;

namespace Notes.Services;

// Encrypts notes kept in the app's local SQLite file.
public sealed class NoteCipher
{
    private readonly byte[] _key;

    private NoteCipher(byte[] key) => _key = key;

    public static async Task<NoteCipher> CreateAsync()
    {
        var stored = await SecureStorage.Default.GetAsync("note-key");
        if (stored is null)
        {
            stored = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
            await SecureStorage.Default.SetAsync("note-key", stored);
        }
        return new NoteCipher(Convert.FromBase64String(stored));
    }

    private TripleDES CreateCipher()
    {
        var tdes = TripleDES.Create(); // expect: weak-cipher
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB; // expect: weak-cipher
        tdes.Padding = PaddingMode.PKCS7;
        return tdes;
    }

    public string Encrypt(string text)
    {
        using var tdes = CreateCipher();
        using var enc = tdes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(text);
        return Convert.ToBase64String(enc.TransformFinalBlock(plain, 0, plain.Length));
    }

    public string Decrypt(string blob)
    {
        using var tdes = CreateCipher();
        using var dec = tdes.CreateDecryptor();
        var data = Convert.FromBase64String(blob);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }
}
