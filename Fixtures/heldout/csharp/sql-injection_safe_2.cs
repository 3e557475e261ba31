using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Data;

public class CustomerRepository
{
    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["name"] = "name",
        ["created"] = "created_at",
        ["revenue"] = "total_revenue DESC",
    };

    private readonly CrmContext _db;
    private readonly NpgsqlDataSource _dataSource;

    public CustomerRepository(CrmContext db, NpgsqlDataSource dataSource)
    {
        _db = db;
        _dataSource = dataSource;
    }

    public Task<List<Customer>> ByCityAsync(string city, string orderBy)
    {
        var column = SortColumns.GetValueOrDefault(orderBy, "name");
        return _db.Customers.FromSqlRaw("SELECT * FROM customers WHERE city = {0} ORDER BY " + column, city).ToListAsync();
    }

    public Task<int> DeactivateAsync(string email) =>
        _db.Database.ExecuteSqlInterpolatedAsync($"UPDATE customers SET active = false WHERE email = {email}");

    public async Task<IEnumerable<CustomerSummary>> SummariesAsync(string region)
    {
        await using var conn = await _dataSource.OpenConnectionAsync();
        return await conn.QueryAsync<CustomerSummary>(
            "SELECT id, name, total FROM customer_totals WHERE region = @region", new { region });
    }
}
