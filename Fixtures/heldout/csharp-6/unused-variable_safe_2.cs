using System.Linq;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpsTool.Commands;

public sealed class DiskReportCommand : Command<DiskReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--min-free")]
        public int MinFreePercent { get; set; } = 10;
    }

    public override int Execute(CommandContext context, Settings settings)
    {
        var drives = System.IO.DriveInfo.GetDrives().Where(d => d.IsReady).ToList();
        var totalBytes = drives.Sum(d => d.TotalSize);
        var table = new Table().AddColumn("Drive").AddColumn("Free %");
        var low = 0;
        foreach (var d in drives)
        {
            var free = (int)(100 * d.AvailableFreeSpace / d.TotalSize);
            if (free < settings.MinFreePercent) low++;
            table.AddRow(d.Name, free.ToString());
        }
        table.Caption($"{totalBytes / (1024 * 1024 * 1024)} GiB across {drives.Count} drives");
        AnsiConsole.Write(table);
        _ = context.Remaining;
        return low == 0 ? 0 : 1;
    }
}
