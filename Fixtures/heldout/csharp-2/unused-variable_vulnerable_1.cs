using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GradeBook
{
    internal static class Program
    {
        // Reads "name;score" lines and prints the class average and the top student.
        private static void Main(string[] args)
        {
            var lines = File.ReadAllLines(args.Length > 0 ? args[0] : "scores.csv");
            string header = lines[0]; // expect: unused-variable
            var scores = new Dictionary<string, double>();
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split(';');
                scores[parts[0]] = double.Parse(parts[1]);
            }
            var total = scores.Values.Sum(); // expect: unused-variable
            var average = scores.Values.Average();
            var top = scores.OrderByDescending(kv => kv.Value).First();
            Console.WriteLine($"average {average:F1}, best {top.Key} ({top.Value})");
        }
    }
}
