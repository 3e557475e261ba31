using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Intranet.Data;

public sealed class AccountRepository
{
    private readonly IDbConnection _db;

    public AccountRepository(IDbConnection db) => _db = db;

    private static string HashPassword(string password, string salt)
    {
        using var sha = SHA1.Create(); // expect: weak-hash
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(salt + ":" + password));
        return Convert.ToHexString(digest);
    }

    public async Task<bool> CheckAsync(string user, string password)
    {
        var row = await _db.QuerySingleOrDefaultAsync<(string Salt, string Hash)>(
            "SELECT Salt, PasswordHash FROM Accounts WHERE UserName = @user", new { user });
        if (row.Salt is null)
            return false;
        var computed = Convert.FromHexString(HashPassword(password, row.Salt));
        return CryptographicOperations.FixedTimeEquals(computed, Convert.FromHexString(row.Hash));
    }

    public Task<int> StoreApiKeyAsync(int accountId, string apiKey) =>
        _db.ExecuteAsync(
            "UPDATE Accounts SET ApiKeyHash = @hash WHERE Id = @accountId",
            new { accountId, hash = Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(apiKey))) }); // expect: weak-hash
}
