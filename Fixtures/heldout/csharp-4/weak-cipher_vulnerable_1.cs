using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clinic.BackupService;

// Windows service: encrypts the nightly database dump before it goes to the NAS.
public sealed class DumpEncryptor : BackgroundService
{
    private readonly ILogger<DumpEncryptor> _log;
    private readonly byte[] _key;

    public DumpEncryptor(ILogger<DumpEncryptor> log, IKeyProvider keys)
    {
        _log = log;
        _key = keys.BackupKey();
    }

    private void EncryptFile(string source, string target)
    {
        using var rc2 = RC2.Create(); // expect: weak-cipher
        rc2.Key = _key[..16];
        rc2.GenerateIV();
        using var output = File.Create(target);
        output.Write(rc2.IV);
        using var crypto = new CryptoStream(output, rc2.CreateEncryptor(), CryptoStreamMode.Write);
        using var input = File.OpenRead(source);
        input.CopyTo(crypto);
    }

    private byte[] WrapManifest(byte[] manifest)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.Mode = CipherMode.ECB; // expect: weak-cipher
        return aes.CreateEncryptor().TransformFinalBlock(manifest, 0, manifest.Length);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var dump in Directory.EnumerateFiles(@"D:\dumps", "*.bak"))
            {
                EncryptFile(dump, @"\\nas01\backups\" + Path.GetFileName(dump) + ".enc");
                var manifest = WrapManifest(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(dump)));
                await File.WriteAllBytesAsync(@"\\nas01\backups\" + Path.GetFileName(dump) + ".manifest", manifest, stoppingToken);
                _log.LogInformation("encrypted {Dump}", dump);
            }
            await Task.Delay(TimeSpan.FromHours(1), stoppingToken);
        }
    }
}
