using System.Collections.Generic;
using System.IO;
using System.Web.Script.Serialization;
using Nancy;

namespace Dashboard.Modules
{
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
                var serializer = new JavaScriptSerializer(new SimpleTypeResolver()); // expect: unsafe-deserialization
                var layout = serializer.Deserialize<Dictionary<string, object>>(body);
                return Response.AsJson(new { widgets = layout.Count });
            });
        }
    }
}
