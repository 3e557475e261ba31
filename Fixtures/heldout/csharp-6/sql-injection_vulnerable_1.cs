using System.Collections.Generic;
using System.Threading.Tasks;
using NPoco;
using SqlKata;
using SqlKata.Compilers;
using Volo.Abp.Application.Services;

namespace Acme.Warehouse.Orders;

public class OrderLookupAppService : ApplicationService
{
    private readonly IDatabase _db;
    private readonly SqlServerCompiler _compiler = new();

    public OrderLookupAppService(IDatabase db)
    {
        _db = db;
    }

    public Task<List<OrderDto>> GetByStatusAsync(string status, string customer)
    {
        var sql = "SELECT Id, Number, Status, Total FROM Orders WHERE Status = '" + status + "'";
        if (!string.IsNullOrEmpty(customer))
        {
            sql += " AND CustomerCode = '" + customer + "'";
        }
        return _db.FetchAsync<OrderDto>(sql); // expect: sql-injection
    }

    public Task<List<OrderDto>> SearchAsync(string term, string sort)
    {
        var query = new Query("Orders")
            .Select("Id", "Number", "Status", "Total")
            .WhereRaw($"Number LIKE '%{term}%'") // expect: sql-injection
            .OrderBy(sort);
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
