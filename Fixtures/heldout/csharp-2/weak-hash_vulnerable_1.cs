using System;
using System.Security.Cryptography;
using System.Text;

namespace DevPortal.Services
{
    public class ApiKeyService
    {
        private readonly IApiKeyRepository _keys;

        public ApiKeyService(IApiKeyRepository keys) => _keys = keys;

        public string Issue(Guid accountId)
        {
            var raw = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            using (var sha1 = SHA1.Create()) // expect: weak-hash
            {
                var digest = Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(raw)));
                _keys.Store(accountId, digest);
            }
            return raw;
        }

        public bool VerifyPassword(string password, byte[] salt, byte[] stored)
        {
            var input = new byte[salt.Length + Encoding.UTF8.GetByteCount(password)];
            salt.CopyTo(input, 0);
            Encoding.UTF8.GetBytes(password, 0, password.Length, input, salt.Length);
            var hash = MD5.HashData(input); // expect: weak-hash
            return CryptographicOperations.FixedTimeEquals(hash, stored);
        }
    }
}
