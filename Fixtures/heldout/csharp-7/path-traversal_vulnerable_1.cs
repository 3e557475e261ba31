using System.IO;
using System.Threading.Tasks;
using Google.Cloud.Functions.Framework;
using Microsoft.AspNetCore.Http;

namespace Reports;

public class Function : IHttpFunction
{
    private const string Root = "/workspace/reports";

    public async Task HandleAsync(HttpContext context)
    {
        string report = context.Request.Query["report"].ToString();
        string path = Path.Combine(Root, report);
        if (!File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var csv = File.ReadAllText(path); // expect: path-traversal
        context.Response.ContentType = "text/csv";
        await context.Response.WriteAsync(csv);
    }
}
