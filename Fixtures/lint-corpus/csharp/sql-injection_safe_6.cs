using System.Collections.Generic;
using System.Threading.Tasks;

public class InvoiceSearch
{
    private readonly IQueryRunner _runner;

    public InvoiceSearch(IQueryRunner runner) => _runner = runner;

    public Task<List<Invoice>> ByCustomer(string customer, string note)
    {
        var q = new Query("Invoices")
            .WhereRaw("Customer = ?", customer)
            .HavingRaw("MAX(Note) LIKE ?", "%" + note + "%");
        return _runner.ListAsync<Invoice>(q);
    }
}
