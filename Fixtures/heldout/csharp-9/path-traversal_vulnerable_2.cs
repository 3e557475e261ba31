using System.IO;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace Studio.Jobs;

public record ExportRequest(string Project, string Name, string Csv);

public class ExportJobs
{
    private const string ExportRoot = "/srv/studio/exports";
    private readonly ILogger<ExportJobs> _log;

    public ExportJobs(ILogger<ExportJobs> log) => _log = log;

    [AutomaticRetry(Attempts = 2)]
    public void WriteExport(ExportRequest req)
    {
        var folder = Path.Combine(ExportRoot, req.Project);
        Directory.CreateDirectory(folder); // expect: path-traversal
        var target = Path.Combine(folder, req.Name + ".csv");
        File.WriteAllText(target, req.Csv); // expect: path-traversal
        _log.LogInformation("Export {Name} written for {Project}", req.Name, req.Project);
        BackgroundJob.Schedule<ExportJobs>(j => j.RemoveExport(req.Project, req.Name), System.TimeSpan.FromDays(7));
    }

    public void RemoveExport(string project, string name)
    {
        File.Delete(ExportRoot + "/" + project + "/" + name + ".csv"); // expect: path-traversal
    }
}
