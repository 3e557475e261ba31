using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Google.Cloud.Functions.Framework;
using Microsoft.AspNetCore.Http;

namespace Reports;

public class Function : IHttpFunction
{
    private const string Root = "/workspace/reports";
    private static readonly Regex ReportName = new("^[a-z0-9-]{1,40}$");

    public async Task HandleAsync(HttpContext context)
    {
        string report = context.Request.Query["report"].ToString();
        if (!ReportName.IsMatch(report))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        string path = Path.Combine(Root, report + ".csv");
        if (!File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var csv = File.ReadAllText(path);
        context.Response.ContentType = "text/csv";
        await context.Response.WriteAsync(csv);
    }
}
