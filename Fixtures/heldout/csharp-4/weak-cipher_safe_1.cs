using System.Security.Cryptography;

namespace Clinic.BackupService;

public sealed class DumpEncryptor
{
    private const int ChunkSize = 1 << 20;
    private readonly byte[] _key;

    public DumpEncryptor(IKeyProvider keys) => _key = keys.BackupKey();

    // Each 1 MiB chunk is sealed with AES-GCM under a fresh nonce.
    public void EncryptFile(string source, string target)
    {
        using var aes = new AesGcm(_key, AesGcm.TagByteSizes.MaxSize);
        using var input = File.OpenRead(source);
        using var output = File.Create(target);
        var buffer = new byte[ChunkSize];
        var nonce = new byte[AesGcm.NonceByteSizes.MaxSize];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            RandomNumberGenerator.Fill(nonce);
            var cipher = new byte[read];
            aes.Encrypt(nonce, buffer.AsSpan(0, read), cipher, tag);
            output.Write(BitConverter.GetBytes(read));
            output.Write(nonce);
            output.Write(tag);
            output.Write(cipher);
        }
    }

    public static string Describe() => "AES-256-GCM, chunked; never ECB";
}
