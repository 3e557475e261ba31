using System;
using System.IO;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace Studio.Jobs;

public record ExportRequest(string Project, string Name, string Csv);

public class ExportJobs
{
    private const string ExportRoot = "/srv/studio/exports";
    private static readonly Regex Slug = new("^[a-z0-9][a-z0-9-]{0,48}$");
    private readonly ILogger<ExportJobs> _log;

    public ExportJobs(ILogger<ExportJobs> log) => _log = log;

    private static string ExportPath(string project, string name)
    {
        if (!Slug.IsMatch(project) || !Slug.IsMatch(name))
        {
            throw new ArgumentException("project and export names must be slugs");
        }
        return Path.Combine(ExportRoot, project, name + ".csv");
    }

    [AutomaticRetry(Attempts = 2)]
    public void WriteExport(ExportRequest req)
    {
        var target = ExportPath(req.Project, req.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, req.Csv);
        _log.LogInformation("Export {Name} written for {Project}", req.Name, req.Project);
        BackgroundJob.Schedule<ExportJobs>(j => j.RemoveExport(req.Project, req.Name), TimeSpan.FromDays(7));
    }

    public void RemoveExport(string project, string name)
    {
        File.Delete(ExportPath(project, name));
    }
}
