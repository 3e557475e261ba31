using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Intranet.Data;

public sealed class AccountRepository
{
    private const int Iterations = 210_000;
    private readonly IDbConnection _db;

    public AccountRepository(IDbConnection db) => _db = db;

    public static byte[] HashPassword(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);

    public async Task<bool> CheckAsync(string user, string password)
    {
        var row = await _db.QuerySingleOrDefaultAsync<(byte[] Salt, byte[] Hash)>(
            "SELECT Salt, PasswordHash FROM Accounts WHERE UserName = @user", new { user });
        if (row.Salt is null)
            return false;
        return CryptographicOperations.FixedTimeEquals(HashPassword(password, row.Salt), row.Hash);
    }

    // API keys are 256-bit random values, so one SHA-256 pass is enough to store them.
    public Task<int> StoreApiKeyAsync(int accountId, string apiKey) =>
        _db.ExecuteAsync(
            "UPDATE Accounts SET ApiKeyHash = @hash WHERE Id = @accountId",
            new { accountId, hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey))) });
}
