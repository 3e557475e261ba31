using FastEndpoints;
using NHibernate;

namespace Crm.Endpoints;

public sealed class CustomerSearchRequest
{
    public string? Code { get; set; }
    public string? Name { get; set; }
}

public sealed record CustomerDto(int Id, string Code, string Name);

public sealed class CustomerRepository
{
    private readonly ISession _session;

    public CustomerRepository(ISession session) => _session = session;

    public IList<object[]> ByCode(string code)
    {
        const string sql = "SELECT Id, Code, Name FROM Customers WHERE Code = :code";
        return _session.CreateSQLQuery(sql).SetParameter("code", code).List<object[]>();
    }

    public IList<Customer> ByName(string name)
    {
        return _session
            .CreateQuery("from Customer c where c.Name like :pattern order by c.Name")
            .SetParameter("pattern", "%" + name + "%")
            .SetMaxResults(50)
            .List<Customer>();
    }
}

public sealed class CustomerSearchEndpoint : Endpoint<CustomerSearchRequest, List<CustomerDto>>
{
    private readonly CustomerRepository _repo;

    public CustomerSearchEndpoint(CustomerRepository repo) => _repo = repo;

    public override void Configure()
    {
        Get("/api/customers/search");
        Roles("Sales");
    }

    public override async Task HandleAsync(CustomerSearchRequest req, CancellationToken ct)
    {
        var result = new List<CustomerDto>();
        if (!string.IsNullOrEmpty(req.Code))
        {
            foreach (var row in _repo.ByCode(req.Code))
            {
                result.Add(new CustomerDto((int)row[0], (string)row[1], (string)row[2]));
            }
        }
        else if (!string.IsNullOrEmpty(req.Name))
        {
            result.AddRange(_repo.ByName(req.Name).Select(c => new CustomerDto(c.Id, c.Code, c.Name)));
        }
        await SendAsync(result, cancellation: ct);
    }
}
