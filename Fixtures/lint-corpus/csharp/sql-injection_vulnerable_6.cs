using System.Collections.Generic;
using System.Threading.Tasks;

public class InvoiceSearch
{
    private readonly IQueryRunner _runner;

    public InvoiceSearch(IQueryRunner runner) => _runner = runner;

    public Task<List<Invoice>> ByCustomer(string customer, string note)
    {
        var q = new Query("Invoices")
            .WhereRaw("Customer = '" + customer + "'") // expect: sql-injection
            .HavingRaw($"MAX(Note) LIKE '%{note}%'"); // expect: sql-injection
        return _runner.ListAsync<Invoice>(q);
    }
}
