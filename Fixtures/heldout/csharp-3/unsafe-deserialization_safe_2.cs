using Newtonsoft.Json;

namespace Workflow.Api
{
    public static class StepEndpoints
    {
        private static readonly JsonSerializerSettings Settings = new()
        {
            TypeNameHandling = TypeNameHandling.None,
            NullValueHandling = NullValueHandling.Ignore,
            MaxDepth = 32,
        };

        public static void Map(WebApplication app)
        {
            app.MapPost("/workflows/{id}/steps", async (string id, HttpRequest request, IWorkflowStore store) =>
            {
                using var reader = new StreamReader(request.Body);
                var steps = JsonConvert.DeserializeObject<List<WorkflowStep>>(await reader.ReadToEndAsync(), Settings);
                await store.ReplaceStepsAsync(id, steps ?? new List<WorkflowStep>());
                return Results.Accepted();
            });
        }
    }
}
