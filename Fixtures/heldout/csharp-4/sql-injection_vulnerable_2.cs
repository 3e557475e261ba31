using System.Data;
using Dapper;
using Grpc.Core;
using Microsoft.Data.SqlClient;

namespace Crm.Services;

public sealed record CustomerRow(int Id, string Name, string Email, string Tier);

public sealed class CustomerRepository
{
    private readonly string _connectionString;

    public CustomerRepository(IConfiguration config)
    {
        _connectionString = config.GetConnectionString("Crm")!;
    }

    private IDbConnection Open() => new SqlConnection(_connectionString);

    public async Task<CustomerRow?> FindByEmailAsync(string email, string tier)
    {
        using var conn = Open();
        var sql = "SELECT Id, Name, Email, Tier FROM Customers WHERE Email = '" + email + "'";
        if (tier.Length > 0)
            sql += " AND Tier = '" + tier + "'";
        return await conn.QueryFirstOrDefaultAsync<CustomerRow>(sql); // expect: sql-injection
    }
}

public sealed class CustomerLookupService : CustomerLookup.CustomerLookupBase
{
    private readonly CustomerRepository _repo;

    public CustomerLookupService(CustomerRepository repo) => _repo = repo;

    public override async Task<CustomerReply> Find(FindRequest request, ServerCallContext context)
    {
        var row = await _repo.FindByEmailAsync(request.Email, request.Tier);
        if (row is null)
            throw new RpcException(new Status(StatusCode.NotFound, "no such customer"));
        return new CustomerReply { Id = row.Id, Name = row.Name, Tier = row.Tier };
    }
}
