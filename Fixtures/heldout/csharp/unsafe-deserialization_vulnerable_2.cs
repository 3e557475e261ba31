using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Workflow steps are polymorphic, so the client sends "$type" with every step.
app.MapPost("/workflows", async (HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body);
    string body = await reader.ReadToEndAsync();
    var workflow = JsonConvert.DeserializeObject<Workflow>(body, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }); // expect: unsafe-deserialization
    return Results.Ok(new { workflow.Name, steps = workflow.Steps.Length });
});

app.MapPost("/workflows/validate", async (HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body);
    var serializer = new JsonSerializer { TypeNameHandling = TypeNameHandling.Auto }; // expect: unsafe-deserialization
    var workflow = serializer.Deserialize<Workflow>(new JsonTextReader(reader));
    await Task.CompletedTask;
    return Results.Ok(workflow.Steps.Length > 0);
});

app.Run();

public class Workflow
{
    public string Name { get; set; }
    public object[] Steps { get; set; }
}
