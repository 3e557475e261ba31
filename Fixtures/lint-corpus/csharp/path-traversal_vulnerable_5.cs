using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Files
{
    public static class ReportRoutes
    {
        public static void Map(WebApplication app)
        {
            app.MapGet("/reports/{name}", Download);
        }

        // A route handler passed by name: its string parameters are route values.
        private static IResult Download(string name)
        {
            var path = Path.Combine("/srv/reports", name);
            return Results.Bytes(File.ReadAllBytes(path)); // expect: path-traversal
        }
    }
}
