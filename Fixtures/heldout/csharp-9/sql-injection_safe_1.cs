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
    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["newest"] = "listed_at DESC",
        ["cheapest"] = "price_cents ASC",
        ["title"] = "title ASC",
    };

    private readonly NpgsqlDataSource _db;

    public CatalogGrain(NpgsqlDataSource db) => _db = db;

    public async Task<IReadOnlyList<string>> Search(string term, string sort)
    {
        var order = SortColumns.GetValueOrDefault(sort, "listed_at DESC");
        var sql = "SELECT title FROM listings WHERE shop = @shop AND title ILIKE '%' || @term || '%' ORDER BY " + order + " LIMIT 50";
        await using var conn = await _db.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("shop", this.GetPrimaryKeyString());
        cmd.Parameters.AddWithValue("term", term);
        await using var reader = await cmd.ExecuteReaderAsync();
        var titles = new List<string>();
        while (await reader.ReadAsync())
        {
            titles.Add(reader.GetString(0));
        }
        return titles;
    }
}
