using System.Collections.Generic;
using System.Linq;
using HotChocolate;
using LinqToDB;
using LinqToDB.Data;

namespace Storefront.GraphQL;

public sealed record ProductFilter(string? Brand, string? Search, string? SortBy);

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Brand { get; set; } = "";
    public decimal Price { get; set; }
}

public class Query
{
    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "Name",
        ["price"] = "Price",
        ["brand"] = "Brand, Name",
    };

    public IEnumerable<Product> GetProducts([Service] DataConnection db, ProductFilter filter)
    {
        var clauses = new List<string> { "IsDeleted = 0" };
        var parameters = new List<DataParameter>();
        if (!string.IsNullOrEmpty(filter.Brand))
        {
            clauses.Add("Brand = @brand");
            parameters.Add(new DataParameter("brand", filter.Brand));
        }
        if (!string.IsNullOrEmpty(filter.Search))
        {
            clauses.Add("Name LIKE @search");
            parameters.Add(new DataParameter("search", "%" + filter.Search + "%"));
        }
        var order = Sorts.GetValueOrDefault(filter.SortBy ?? "name", "Name");
        var sql = "SELECT Id, Name, Brand, Price FROM Products WHERE " + string.Join(" AND ", clauses)
                  + " ORDER BY " + order;
        return db.Query<Product>(sql, parameters.ToArray()).ToList();
    }
}

public class Mutation
{
    public int RenameBrand([Service] DataConnection db, string from, string to)
    {
        return db.GetTable<Product>()
            .Where(p => p.Brand == from)
            .Set(p => p.Brand, to)
            .Update();
    }
}
