using System;
using System.Collections.Generic;
using System.Linq;

namespace Gym.Membership;

public class Visit
{
    public Guid MemberId { get; set; }
    public DateTime CheckedInAt { get; set; }
    public DateTime? CheckedOutAt { get; set; }
    public int? LockerNumber { get; set; }
}

public static class VisitReport
{
    public static IEnumerable<string> OpenVisits(IEnumerable<Visit> visits, DateTime now)
    {
        foreach (var v in visits.OrderBy(v => v.CheckedInAt))
        {
            if (v.MemberId == Guid.Empty)
            {
                continue;
            }
            if (v.CheckedOutAt != null)
            {
                continue;
            }
            var locker = v.LockerNumber != null ? $"locker {v.LockerNumber}" : "no locker";
            yield return $"{v.MemberId:N} in for {(now - v.CheckedInAt).TotalMinutes:F0} min, {locker}";
        }
    }
}
