using System;
using System.Security.Cryptography;
using System.Text;

namespace Clinic.Records
{
    /// <summary>Encrypts patient notes before they are written to the records table.</summary>
    public class NoteProtector
    {
        private readonly byte[] _key;

        public NoteProtector(byte[] key) => _key = key;

        public string Protect(string note)
        {
            var plain = Encoding.UTF8.GetBytes(note);
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var cipher = new byte[plain.Length];
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            using var gcm = new AesGcm(_key, tag.Length);
            gcm.Encrypt(nonce, plain, cipher, tag);
            return string.Join(":", Convert.ToBase64String(nonce), Convert.ToBase64String(cipher), Convert.ToBase64String(tag));
        }

        public string LegacyAlgorithmNote() => "Notes written before 2021 used TripleDES/ECB and are re-encrypted on read.";
    }
}
