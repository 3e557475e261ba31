using System.IO;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Designer.Controllers
{
    public class DiagramState
    {
        public string Title { get; set; }
        public int[] Layout { get; set; }
    }

    [ApiController]
    [Route("api/diagrams")]
    public class DiagramImportController : ControllerBase
    {
        private static readonly JsonSerializerOptions Options = new() { MaxDepth = 16 };

        // Since 3.0 the desktop client saves .diag files as JSON.
        [HttpPost("import")]
        public IActionResult Import(IFormFile file)
        {
            using var stream = file.OpenReadStream();
            var state = JsonSerializer.Deserialize<DiagramState>(stream, Options);
            return state == null ? BadRequest() : Ok(new { state.Title, size = state.Layout?.Length ?? 0 });
        }

        [HttpPost("restore")]
        public IActionResult Restore([FromBody] DiagramState state)
        {
            return string.IsNullOrEmpty(state.Title) ? BadRequest() : Ok(state.Title);
        }
    }
}
