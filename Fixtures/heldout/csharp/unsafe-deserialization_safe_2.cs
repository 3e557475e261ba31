using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var settings = new JsonSerializerSettings
{
    TypeNameHandling = TypeNameHandling.None,
    ContractResolver = new CamelCasePropertyNamesContractResolver(),
};

app.MapPost("/workflows", async (HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body);
    string body = await reader.ReadToEndAsync();
    var workflow = JsonConvert.DeserializeObject<Workflow>(body, settings);
    return workflow == null ? Results.BadRequest() : Results.Ok(new { workflow.Name, steps = workflow.Steps.Length });
});

app.Run();

public class Workflow
{
    public string Name { get; set; }
    public Step[] Steps { get; set; }
}

public class Step
{
    public string Kind { get; set; }
    public string Target { get; set; }
}
