using Newtonsoft.Json;

namespace Workflow.Api
{
    public static class StepEndpoints
    {
        private static readonly JsonSerializerSettings Settings = new()
        {
            TypeNameHandling = TypeNameHandling.Auto, // expect: unsafe-deserialization
            NullValueHandling = NullValueHandling.Ignore,
        };

        public static void Map(WebApplication app)
        {
            app.MapPost("/workflows/{id}/steps", async (string id, HttpRequest request, IWorkflowStore store) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync();
                var steps = JsonConvert.DeserializeObject<List<WorkflowStep>>(body, Settings);
                await store.ReplaceStepsAsync(id, steps ?? new List<WorkflowStep>());
                return Results.Accepted();
            });
        }
    }
}
