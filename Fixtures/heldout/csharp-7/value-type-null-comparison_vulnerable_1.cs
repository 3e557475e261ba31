using System;
using System.Collections.Generic;
using System.Linq;
using LinqToDB;
using LinqToDB.Data;
using LinqToDB.Mapping;

namespace Fleet.Data;

[Table("Vehicles")]
public class Vehicle
{
    [PrimaryKey, Identity] public int Id { get; set; }
    [Column] public string Plate { get; set; } = "";
    [Column] public int DepotId { get; set; }
    [Column] public DateTime InspectedOn { get; set; }
}

public class VehicleQueries
{
    private readonly DataConnection _db;

    public VehicleQueries(DataConnection db) => _db = db;

    public List<Vehicle> Unassigned() =>
        _db.GetTable<Vehicle>()
            .Where(v => v.DepotId == null) // expect: value-type-null-comparison
            .OrderBy(v => v.Plate)
            .ToList();

    public int CountInspected()
    {
        var inspected = 0;
        foreach (var v in _db.GetTable<Vehicle>())
        {
            if (v.InspectedOn != null) // expect: value-type-null-comparison
                inspected++;
        }
        return inspected;
    }
}
