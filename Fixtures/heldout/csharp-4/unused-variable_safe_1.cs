using System.Globalization;

namespace CsvStats;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: csvstats <file.csv> <column>");
            return 2;
        }
        var started = DateTime.UtcNow;
        var lines = File.ReadAllLines(args[0]);
        string header = lines[0];
        if (!int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var column))
            column = Array.IndexOf(header.Split(','), args[1]);

        var values = new List<double>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (column >= 0 && column < cells.Length
                && double.TryParse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                values.Add(v);
        }
        var (min, max) = values.Count > 0 ? (values.Min(), values.Max()) : (0, 0);
        Console.WriteLine($"n={values.Count} min={min} max={max} in {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms");
        _ = Console.Out.FlushAsync();
        return values.Count > 0 ? 0 : 1;
    }
}
