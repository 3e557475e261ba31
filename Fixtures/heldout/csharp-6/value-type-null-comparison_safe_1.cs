using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Marten;

namespace Fleet.Documents;

public class Vehicle
{
    public Guid Id { get; set; }
    public Guid? DepotId { get; set; }
    public DateTime? LastServiced { get; set; }
    public string Plate { get; set; } = "";
}

public class VehicleQueries
{
    private readonly IQuerySession _session;

    public VehicleQueries(IQuerySession session)
    {
        _session = session;
    }

    public async Task<IReadOnlyList<Vehicle>> UnassignedAsync()
    {
        return await _session.Query<Vehicle>()
            .Where(v => v.DepotId == null)
            .ToListAsync();
    }

    public bool NeedsService(Vehicle v) =>
        v.LastServiced == null || v.LastServiced < DateTime.UtcNow.AddMonths(-12);
}
