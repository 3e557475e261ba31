using System.Collections.Generic;
using System.Threading.Tasks;
using NPoco;
using SqlKata;
using SqlKata.Compilers;
using Volo.Abp.Application.Services;

namespace Acme.Warehouse.Orders;

public class OrderLookupAppService : ApplicationService
{
    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["number"] = "Number",
        ["total"] = "Total",
    };

    private readonly IDatabase _db;
    private readonly SqlServerCompiler _compiler = new();

    public OrderLookupAppService(IDatabase db)
    {
        _db = db;
    }

    public Task<List<OrderDto>> GetByStatusAsync(string status, string customer)
    {
        var sql = Sql.Builder
            .Select("Id, Number, Status, Total").From("Orders")
            .Where("Status = @0", status);
        if (!string.IsNullOrEmpty(customer))
        {
            sql = sql.Where("CustomerCode = @0", customer);
        }
        return _db.FetchAsync<OrderDto>(sql);
    }

    public Task<List<OrderDto>> SearchAsync(string term, string sort)
    {
        var query = new Query("Orders")
            .Select("Id", "Number", "Status", "Total")
            .WhereLike("Number", $"%{term}%")
            .OrderBy(SortColumns.GetValueOrDefault(sort, "Number"));
        var compiled = _compiler.Compile(query);
        return _db.FetchAsync<OrderDto>(compiled.Sql, compiled.Bindings.ToArray());
    }
}

public class OrderDto
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public string Status { get; set; } = "";
    public decimal Total { get; set; }
}
