using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PasswordKeeper;

public record Entry(string Site, string User, string Secret);

// Saves the vault of the Eto.Forms password keeper next to the executable.
public static class VaultFile
{
    public static void Save(string path, Entry[] entries, string masterPassword)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(entries);
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(masterPassword), salt, 600_000, HashAlgorithmName.SHA256, 32);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[json.Length];
        var tag = new byte[16];
        using (var gcm = new AesGcm(key, tag.Length))
        {
            gcm.Encrypt(nonce, json, cipher, tag);
        }
        using var output = File.Create(path);
        output.Write(salt);
        output.Write(nonce);
        output.Write(tag);
        output.Write(cipher);
    }
}
