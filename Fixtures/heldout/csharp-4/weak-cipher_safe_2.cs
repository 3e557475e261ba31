using System.Security.Cryptography;
using System.Text;

namespace LicenseTool;

// Licence files are signed, not encrypted: anyone may read them, nobody may forge them.
internal static class Program
{
    private static string Issue(ECDsa signer, string customer, DateOnly expires)
    {
        var body = $"{customer}|{expires:yyyy-MM-dd}";
        var sig = signer.SignData(Encoding.UTF8.GetBytes(body), HashAlgorithmName.SHA256);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(body)) + "." + Convert.ToBase64String(sig);
    }

    // Support bundles: AES-CBC with a random IV, then HMAC-SHA256 over IV and ciphertext.
    internal static byte[] SealSupportBundle(byte[] encKey, byte[] macKey, byte[] bundle)
    {
        using var aes = Aes.Create();
        aes.Key = encKey;
        var iv = RandomNumberGenerator.GetBytes(16);
        var cipher = aes.EncryptCbc(bundle, iv, PaddingMode.PKCS7);
        using var mac = new HMACSHA256(macKey);
        var tag = mac.ComputeHash(iv.Concat(cipher).ToArray());
        return iv.Concat(cipher).Concat(tag).ToArray();
    }

    private static int Main(string[] args)
    {
        if (args.Length != 3 || !DateOnly.TryParse(args[2], out var expires))
        {
            Console.Error.WriteLine("usage: licensetool <key.pem> <customer> <yyyy-mm-dd>");
            return 2;
        }
        using var signer = ECDsa.Create();
        signer.ImportFromPem(File.ReadAllText(args[0]));
        Console.WriteLine(Issue(signer, args[1], expires));
        return 0;
    }
}
