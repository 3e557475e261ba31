using System.Security.Cryptography;

namespace Backup.Crypto
{
    public class ArchiveEncryptor
    {
        private readonly byte[] _key;

        public ArchiveEncryptor(byte[] key) => _key = key;

        public byte[] Encrypt(byte[] archive)
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            aes.Mode = CipherMode.ECB; // expect: weak-cipher
            aes.Padding = PaddingMode.PKCS7;
            using var enc = aes.CreateEncryptor();
            return enc.TransformFinalBlock(archive, 0, archive.Length);
        }

        public byte[] EncryptLegacy(byte[] archive, byte[] iv)
        {
            using var tdes = TripleDES.Create(); // expect: weak-cipher
            tdes.Key = _key[..24];
            return tdes.EncryptCbc(archive, iv);
        }
    }
}
