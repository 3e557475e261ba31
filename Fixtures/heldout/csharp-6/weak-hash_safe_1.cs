using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OrchardCore.Users;
using OrchardCore.Users.Models;

namespace Acme.LegacyUsers;

public class PasswordHasherV2
{
    private const int Iterations = 600_000;

    public string HashPassword(string password, byte[] salt)
    {
        var bytes = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(bytes);
    }

    public bool Verify(User user, string password, byte[] salt)
    {
        var computed = Convert.FromBase64String(HashPassword(password, salt));
        return CryptographicOperations.FixedTimeEquals(computed, Convert.FromBase64String(user.PasswordHash));
    }
}

public class ApiTokenStore
{
    private readonly IUserService _users;

    public ApiTokenStore(IUserService users)
    {
        _users = users;
    }

    public async Task<string> IssueAsync(string userName, CancellationToken ct)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var user = await _users.GetUserAsync(userName);
        if (user is User u)
        {
            u.Properties["ApiTokenDigest"] = digest;
        }
        return token;
    }
}
