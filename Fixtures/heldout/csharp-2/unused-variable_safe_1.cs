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
            string header = lines[0];
            if (!header.StartsWith("name;", StringComparison.OrdinalIgnoreCase))
                Console.Error.WriteLine("warning: unexpected header " + header);
            var scores = new Dictionary<string, double>();
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split(';');
                if (double.TryParse(parts[1], out var score))
                    scores[parts[0]] = score;
                else if (!int.TryParse(parts[1], out _))
                    Console.Error.WriteLine("skipping " + parts[0]);
            }
            var total = scores.Values.Sum();
            var top = scores.OrderByDescending(kv => kv.Value).First();
            Console.WriteLine($"average {total / scores.Count:F1}, best {top.Key} ({top.Value})");
        }
    }
}
