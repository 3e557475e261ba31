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
            var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
            _keys.Store(accountId, digest);
            return raw;
        }

        public bool VerifyPassword(string password, byte[] salt, byte[] stored)
        {
            var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
            return CryptographicOperations.FixedTimeEquals(hash, stored);
        }
    }
}
