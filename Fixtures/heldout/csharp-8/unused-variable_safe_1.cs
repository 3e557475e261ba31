using System;
using System.Collections.Generic;
using System.Linq;

namespace Payroll.Reports
{
    public record Shift(string Employee, DateTime Start, DateTime End, decimal Rate);

    public static class OvertimeReport
    {
        public static IEnumerable<string> Build(IReadOnlyList<Shift> shifts, DateTime weekStart)
        {
            var weekEnd = weekStart.AddDays(7);
            var lines = new List<string>();
            foreach (var group in shifts.Where(s => s.Start >= weekStart && s.Start < weekEnd).GroupBy(s => s.Employee))
            {
                var hours = group.Sum(s => (decimal)(s.End - s.Start).TotalHours);
                var overtime = Math.Max(0, hours - 40);
                var basePay = group.Sum(s => s.Rate * (decimal)(s.End - s.Start).TotalHours);
                lines.Add($"{group.Key}: {hours:F1} h, overtime {overtime:F1} h, base {basePay:C}");
            }
            return lines;
        }
    }
}
