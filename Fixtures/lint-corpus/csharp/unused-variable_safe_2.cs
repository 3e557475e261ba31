using System;
using System.Linq;

public class TripReport
{
    public int Count(DateTimeOffset? since, string[] files)
    {
        var from = since ?? DateTimeOffset.UtcNow.AddDays(-7);
        var file = files.FirstOrDefault();
        var where = file is null ? "all" : file;
        return Trips.Between(from, DateTimeOffset.UtcNow).Count(t => t.Source == where);
    }
}
