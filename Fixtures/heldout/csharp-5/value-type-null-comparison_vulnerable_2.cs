using NHibernate;
using NHibernate.Linq;

namespace Crm.Domain;

public class Contract
{
    public virtual int Id { get; set; }
    public virtual int Version { get; set; }
    public virtual DateTime SignedOn { get; set; }
    public virtual Customer? Customer { get; set; }
}

public sealed class ContractService
{
    private readonly ISession _session;

    public ContractService(ISession session) => _session = session;

    public async Task<bool> RenewAsync(int id, int expectedVersion, CancellationToken ct)
    {
        var contract = await _session.GetAsync<Contract>(id, ct);
        if (contract is null || contract.Version == null) // expect: value-type-null-comparison
        {
            return false;
        }
        if (contract.Version != expectedVersion)
        {
            return false;
        }
        contract.SignedOn = DateTime.UtcNow;
        await _session.FlushAsync(ct);
        return true;
    }

    public Task<int> CountUnsignedAsync(CancellationToken ct)
    {
        return _session.Query<Contract>()
            .Where(c => c.SignedOn == null) // expect: value-type-null-comparison
            .CountAsync(ct);
    }
}
