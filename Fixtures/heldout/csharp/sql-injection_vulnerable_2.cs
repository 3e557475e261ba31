using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Data;

public class CustomerRepository
{
    private readonly CrmContext _db;
    private readonly NpgsqlDataSource _dataSource;

    public CustomerRepository(CrmContext db, NpgsqlDataSource dataSource)
    {
        _db = db;
        _dataSource = dataSource;
    }

    public Task<List<Customer>> ByCityAsync(string city, string orderBy) =>
        _db.Customers.FromSqlRaw($"SELECT * FROM customers WHERE city = '{city}' ORDER BY {orderBy}").ToListAsync(); // expect: sql-injection

    public Task<int> DeactivateAsync(string email) =>
        _db.Database.ExecuteSqlRawAsync("UPDATE customers SET active = false WHERE email = '" + email + "'"); // expect: sql-injection

    public async Task<IEnumerable<CustomerSummary>> SummariesAsync(string region)
    {
        await using var conn = await _dataSource.OpenConnectionAsync();
        var sql = string.Format("SELECT id, name, total FROM customer_totals WHERE region = '{0}'", region);
        return await conn.QueryAsync<CustomerSummary>(sql); // expect: sql-injection
    }
}
