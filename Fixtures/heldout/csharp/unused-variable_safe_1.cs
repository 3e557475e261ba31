using System;
using System.Collections.Generic;
using System.Linq;

namespace Grades
{
    public static class GradeReport
    {
        public static void Print(IReadOnlyList<Student> students)
        {
            int count = students.Count;
            double total = 0;
            double best = double.MinValue;
            var failing = new List<string>();

            foreach (var s in students)
            {
                total += s.Average;
                best = Math.Max(best, s.Average);
                if (s.Average < 50)
                {
                    failing.Add(s.Name);
                }
            }

            string header = $"Report for {DateTime.Today:d}";
            Console.WriteLine(header);
            Console.WriteLine($"Students: {count}, average: {total / Math.Max(count, 1):F1}, best: {best:F1}");
            if (failing.Any())
            {
                Console.WriteLine("Failing: " + string.Join(", ", failing));
            }
        }

        public static bool TryParseScore(string text, out int score) => int.TryParse(text, out score);

        public static bool IsNumeric(string text) => int.TryParse(text, out _);
    }

    public record Student(string Name, double Average);
}
