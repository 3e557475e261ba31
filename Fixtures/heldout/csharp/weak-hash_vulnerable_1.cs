using System;
using System.Security.Cryptography;
using System.Text;

namespace Legacy.Membership
{
    public class PasswordService
    {
        public string HashPassword(string password, string salt)
        {
            using (var md5 = MD5.Create()) // expect: weak-hash
            {
                byte[] bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
                return Convert.ToBase64String(bytes);
            }
        }

        public bool Verify(string password, string salt, string storedHash)
        {
            string computed = HashPassword(password, salt);
            return CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(storedHash));
        }

        public string RememberMeToken(int userId, DateTime expires)
        {
            using var sha1 = new SHA1Managed(); // expect: weak-hash
            var payload = Encoding.UTF8.GetBytes($"{userId}:{expires:O}");
            return Convert.ToHexString(sha1.ComputeHash(payload));
        }
    }
}
