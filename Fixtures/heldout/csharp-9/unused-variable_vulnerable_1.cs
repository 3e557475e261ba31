using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Fleet.Reports;

public record Trip(string Vehicle, double Km, TimeSpan Duration, decimal FuelCost);

public static class MileageReport
{
    public static IReadOnlyList<string> Build(IEnumerable<Trip> trips)
    {
        var watch = Stopwatch.StartNew();
        var lines = new List<string>();
        foreach (var group in trips.GroupBy(t => t.Vehicle).OrderBy(g => g.Key))
        {
            var km = group.Sum(t => t.Km);
            var hours = group.Sum(t => t.Duration.TotalHours);
            var cost = group.Sum(t => t.FuelCost);
            var average = km / Math.Max(hours, 0.01); // expect: unused-variable
            lines.Add($"{group.Key,-10} {km,8:F1} km {cost,10:C}");
        }
        var elapsed = watch.Elapsed; // expect: unused-variable
        return lines;
    }
}
