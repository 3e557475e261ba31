using System.Security.Cryptography;

namespace Backup.Crypto
{
    public class ArchiveEncryptor
    {
        private readonly byte[] _key;

        public ArchiveEncryptor(byte[] key) => _key = key;

        public (byte[] Iv, byte[] Cipher) Encrypt(byte[] archive)
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            var iv = RandomNumberGenerator.GetBytes(16);
            return (iv, aes.EncryptCbc(archive, iv, PaddingMode.PKCS7));
        }

        public static string Describe(string mode) =>
            mode == "ECB" ? "ECB is no longer supported; re-encrypt with CBC" : $"AES-256/{mode}";
    }
}
