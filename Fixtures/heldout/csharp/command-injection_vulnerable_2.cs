using System;
using System.Diagnostics;
using System.IO;

// backup-db: dumps a database and compresses the dump. Usage: backup-db <database> <target-dir>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: backup-db <database> <target-dir>");
            return 2;
        }

        string database = args[0];
        string target = Path.Combine(args[1], $"{database}-{DateTime.UtcNow:yyyyMMdd}.sql");

        var dump = new Process
        {
            StartInfo = new ProcessStartInfo
            {
                FileName = "/bin/sh",
                Arguments = "-c \"pg_dump " + database + " > " + target + "\"", // expect: command-injection
                UseShellExecute = false,
            },
        };
        dump.Start();
        dump.WaitForExit();
        if (dump.ExitCode != 0)
        {
            return dump.ExitCode;
        }

        using var gzip = Process.Start("sh", "-c \"gzip -9 " + target + "\""); // expect: command-injection
        gzip.WaitForExit();
        Console.WriteLine($"wrote {target}.gz");
        return gzip.ExitCode;
    }
}
