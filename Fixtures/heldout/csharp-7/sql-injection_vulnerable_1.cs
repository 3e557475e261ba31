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
    private static string BuildWhere(ProductFilter filter)
    {
        var clauses = new List<string> { "IsDeleted = 0" };
        if (!string.IsNullOrEmpty(filter.Brand))
            clauses.Add("Brand = '" + filter.Brand + "'");
        if (!string.IsNullOrEmpty(filter.Search))
            clauses.Add($"Name LIKE '%{filter.Search}%'");
        return string.Join(" AND ", clauses);
    }

    public IEnumerable<Product> GetProducts([Service] DataConnection db, ProductFilter filter)
    {
        var sql = "SELECT Id, Name, Brand, Price FROM Products WHERE " + BuildWhere(filter)
                  + " ORDER BY " + (filter.SortBy ?? "Name");
        return db.Query<Product>(sql).ToList(); // expect: sql-injection
    }
}

public class Mutation
{
    public int RenameBrand([Service] DataConnection db, string from, string to)
    {
        return db.Execute($"UPDATE Products SET Brand = '{to}' WHERE Brand = '{from}'"); // expect: sql-injection
    }
}
