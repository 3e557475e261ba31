using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;

namespace Crm.Services;

public sealed record CustomerRow(int Id, string Name, string Email, string Tier);

public sealed class CustomerRepository
{
    private static readonly string[] Columns = { "Id", "Name", "Email", "Tier" };
    private static readonly string SelectList = string.Join(", ", Columns);

    private readonly string _connectionString;

    public CustomerRepository(IConfiguration config)
    {
        _connectionString = config.GetConnectionString("Crm")!;
    }

    private IDbConnection Open() => new SqlConnection(_connectionString);

    public async Task<CustomerRow?> FindByEmailAsync(string email, string tier)
    {
        using var conn = Open();
        var sql = $"SELECT {SelectList} FROM Customers WHERE Email = @email";
        if (tier.Length > 0)
            sql += " AND Tier = @tier";
        return await conn.QueryFirstOrDefaultAsync<CustomerRow>(sql, new { email, tier });
    }

    public async Task<int> RenameAsync(int id, string name)
    {
        using var conn = Open();
        return await conn.ExecuteAsync(
            "UPDATE Customers SET Name = @name WHERE Id = @id",
            new { id, name });
    }
}
