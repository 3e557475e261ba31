using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OrchardCore.Users;
using OrchardCore.Users.Models;

namespace Acme.LegacyUsers;

public class LegacyPasswordHasher
{
    public string HashPassword(string password, string salt)
    {
        using var sha = SHA1.Create(); // expect: weak-hash
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
        return Convert.ToBase64String(bytes);
    }

    public bool Verify(User user, string password, string salt)
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
        var digest = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(token))); // expect: weak-hash
        var user = await _users.GetUserAsync(userName);
        if (user is User u)
        {
            u.Properties["ApiTokenDigest"] = digest;
        }
        return token;
    }
}
