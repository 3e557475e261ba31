using System.Collections.Generic;
using System.IO;
using System.Web.Script.Serialization;
using Nancy;

namespace Dashboard.Modules
{
    public class WidgetLayout
    {
        public string Name { get; set; }
        public List<string> Widgets { get; set; }
    }

    public class LayoutModule : NancyModule
    {
        public LayoutModule() : base("/layout")
        {
            Post("/import", args =>
            {
                string body;
                using (var reader = new StreamReader(Request.Body))
                {
                    body = reader.ReadToEnd();
                }
                var serializer = new JavaScriptSerializer { MaxJsonLength = 64 * 1024, RecursionLimit = 8 };
                var layout = serializer.Deserialize<WidgetLayout>(body);
                return Response.AsJson(new { widgets = layout.Widgets?.Count ?? 0 });
            });
        }
    }
}
