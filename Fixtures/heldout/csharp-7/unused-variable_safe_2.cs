using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Cocona;

var app = CoconaApp.Create();

app.AddCommand("dedupe", (string folder, bool dryRun) =>
{
    var clock = Stopwatch.StartNew();
    var groups = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .GroupBy(f => new FileInfo(f).Length)
        .Where(g => g.Count() > 1);

    var removed = 0;
    foreach (var group in groups)
    {
        foreach (var duplicate in group.Skip(1))
        {
            Console.WriteLine((dryRun ? "would remove " : "removing ") + duplicate);
            if (!dryRun)
                File.Delete(duplicate);
            removed++;
        }
    }
    Console.WriteLine($"{removed} duplicates in {clock.Elapsed.TotalSeconds:F1}s");
});

app.Run();
