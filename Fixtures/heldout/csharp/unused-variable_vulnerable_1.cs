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
            double best = double.MinValue; // expect: unused-variable
            var failing = new List<string>();

            foreach (var s in students)
            {
                total += s.Average;
                if (s.Average < 50)
                {
                    failing.Add(s.Name);
                }
            }

            string header = $"Report for {DateTime.Today:d}"; // expect: unused-variable
            Console.WriteLine($"Students: {count}, average: {total / Math.Max(count, 1):F1}");
            if (failing.Any())
            {
                Console.WriteLine("Failing: " + string.Join(", ", failing));
            }
        }
    }

    public record Student(string Name, double Average);
}
