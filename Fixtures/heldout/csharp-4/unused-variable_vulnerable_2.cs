using System.Data;
using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Fleet.Data;

public sealed record Vehicle(int Id, string Plate, int Mileage);

public sealed class VehicleRepository
{
    private readonly IDbConnection _db;
    private readonly ILogger<VehicleRepository> _log;

    public VehicleRepository(IDbConnection db, ILogger<VehicleRepository> log)
    {
        _db = db;
        _log = log;
    }

    public async Task<IReadOnlyList<Vehicle>> DueForServiceAsync(int threshold)
    {
        var sw = Stopwatch.StartNew(); // expect: unused-variable
        var rows = await _db.QueryAsync<Vehicle>(
            "SELECT Id, Plate, Mileage FROM Vehicles WHERE Mileage - LastServiceMileage >= @threshold",
            new { threshold });
        var list = rows.ToList();
        _log.LogInformation("{Count} vehicles due for service", list.Count);
        return list;
    }
}
