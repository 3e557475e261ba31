using System;
using System.Security.Cryptography;
using System.Text;

namespace Legacy.Membership
{
    public class PasswordService
    {
        private const int Iterations = 210_000;

        public string HashPassword(string password, byte[] salt)
        {
            byte[] key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
            return Convert.ToBase64String(key);
        }

        public bool Verify(string password, byte[] salt, string storedHash)
        {
            byte[] computed = Convert.FromBase64String(HashPassword(password, salt));
            return CryptographicOperations.FixedTimeEquals(computed, Convert.FromBase64String(storedHash));
        }

        public string RememberMeToken(int userId, DateTime expires, byte[] key)
        {
            using var hmac = new HMACSHA256(key);
            var payload = Encoding.UTF8.GetBytes($"{userId}:{expires:O}");
            return Convert.ToHexString(hmac.ComputeHash(payload));
        }
    }
}
