using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

// backup-db: dumps a database and compresses the dump. Usage: backup-db <database> <target-dir>
internal static class Program
{
    private static readonly Regex DatabaseName = new("^[a-z_][a-z0-9_]{0,62}$");

    private static int Main(string[] args)
    {
        if (args.Length != 2 || !DatabaseName.IsMatch(args[0]))
        {
            Console.Error.WriteLine("usage: backup-db <database> <target-dir>");
            return 2;
        }

        string database = args[0];
        string target = Path.Combine(args[1], $"{database}-{DateTime.UtcNow:yyyyMMdd}.sql");

        var dump = new ProcessStartInfo("pg_dump") { UseShellExecute = false };
        dump.ArgumentList.Add("--file=" + target);
        dump.ArgumentList.Add(database);
        using (var proc = Process.Start(dump))
        {
            proc.WaitForExit();
            if (proc.ExitCode != 0)
            {
                return proc.ExitCode;
            }
        }

        using var gzip = Process.Start("gzip", new[] { "-9", target });
        gzip.WaitForExit();
        Console.WriteLine($"wrote {target}.gz");
        return gzip.ExitCode;
    }
}
