using System.Collections.Generic;
using System.Threading.Tasks;
using Npgsql;
using Orleans;

namespace Marketplace.Grains;

public interface ICatalogGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<string>> Search(string term, string sort);
}

public class CatalogGrain : Grain, ICatalogGrain
{
    private readonly NpgsqlDataSource _db;

    public CatalogGrain(NpgsqlDataSource db) => _db = db;

    public async Task<IReadOnlyList<string>> Search(string term, string sort)
    {
        var shop = this.GetPrimaryKeyString();
        var sql = $"SELECT title FROM listings WHERE shop = '{shop}' AND title ILIKE '%{term}%' ORDER BY {sort} LIMIT 50";
        await using var conn = await _db.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(sql, conn); // expect: sql-injection
        await using var reader = await cmd.ExecuteReaderAsync();
        var titles = new List<string>();
        while (await reader.ReadAsync())
        {
            titles.Add(reader.GetString(0));
        }
        return titles;
    }
}
