using System;
using System.Security.Cryptography;
using System.Text;

namespace Clinic.Records
{
    /// <summary>Encrypts patient notes before they are written to the legacy records table.</summary>
    public class NoteProtector
    {
        private readonly byte[] _key;

        public NoteProtector(byte[] key) => _key = key;

        public string Protect(string note)
        {
            using var tdes = TripleDES.Create(); // expect: weak-cipher
            tdes.Key = _key;
            tdes.GenerateIV();
            using var enc = tdes.CreateEncryptor();
            var plain = Encoding.UTF8.GetBytes(note);
            var cipher = enc.TransformFinalBlock(plain, 0, plain.Length);
            return Convert.ToBase64String(tdes.IV) + ":" + Convert.ToBase64String(cipher);
        }

        public byte[] ProtectId(long patientId)
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            aes.Mode = CipherMode.ECB; // expect: weak-cipher
            aes.Padding = PaddingMode.PKCS7;
            var plain = BitConverter.GetBytes(patientId);
            return aes.CreateEncryptor().TransformFinalBlock(plain, 0, plain.Length);
        }
    }
}
