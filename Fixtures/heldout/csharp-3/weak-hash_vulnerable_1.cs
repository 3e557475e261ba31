using System.Security.Cryptography;
using System.Text;

namespace Members.Services
{
    public class PasswordService
    {
        public string Hash(string password, string salt)
        {
            using var md5 = MD5.Create(); // expect: weak-hash
            var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
            return Convert.ToHexString(bytes);
        }

        public bool Verify(string password, string salt, string stored)
        {
            var computed = Hash(password, salt);
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(stored));
        }

        public string ResetToken(string email, DateTime issued)
        {
            var digest = SHA1.HashData(Encoding.UTF8.GetBytes($"{email}|{issued:O}|reset")); // expect: weak-hash
            return Convert.ToBase64String(digest);
        }
    }
}
