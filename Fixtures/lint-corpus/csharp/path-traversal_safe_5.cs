using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Files
{
    public static partial class ReportRoutes
    {
        [GeneratedRegex("^[a-z0-9-]{1,40}\\.pdf$")]
        private static partial Regex ReportName();

        public static void Map(WebApplication app)
        {
            app.MapGet("/reports/{name}", Download);
        }

        private static IResult Download(string name)
        {
            if (!ReportName().IsMatch(name))
            {
                return Results.BadRequest();
            }
            var path = Path.Combine("/srv/reports", name);
            return Results.Bytes(File.ReadAllBytes(path));
        }

        public static void Save(string team, byte[] data)
        {
            var dir = Path.Combine("/srv/uploads", Path.GetFileName(team));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "latest.bin"), data);
        }
    }
}
