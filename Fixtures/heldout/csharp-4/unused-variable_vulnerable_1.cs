using System.Globalization;

namespace CsvStats;

// Console tool: prints min/max/mean of one column of a CSV file.
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: csvstats <file.csv> <column>");
            return 2;
        }
        var started = DateTime.UtcNow; // expect: unused-variable
        var lines = File.ReadAllLines(args[0]);
        string header = lines[0]; // expect: unused-variable
        var column = int.Parse(args[1], CultureInfo.InvariantCulture);

        var values = new List<double>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (column < cells.Length && double.TryParse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                values.Add(v);
        }
        if (values.Count == 0)
        {
            Console.Error.WriteLine("no numeric values");
            return 1;
        }
        Console.WriteLine($"n={values.Count} min={values.Min()} max={values.Max()} mean={values.Average():F3}");
        return 0;
    }
}
