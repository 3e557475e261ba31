using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace LevelEditor.Controllers
{
    [ApiController]
    [Route("api/levels")]
    public class LevelImportController : ControllerBase
    {
        private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, MaxDepth = 16 };
        private readonly ILevelStore _store;

        public LevelImportController(ILevelStore store) => _store = store;

        [HttpPost("import")]
        [RequestSizeLimit(2_000_000)]
        public async Task<IActionResult> Import(IFormFile file)
        {
            await using var stream = file.OpenReadStream();
            var level = await JsonSerializer.DeserializeAsync<LevelData>(stream, Options);
            if (level is null || level.Tiles.Length > 10_000)
            {
                return BadRequest();
            }
            _store.Save(level);
            return Ok(new { level.Name, Tiles = level.Tiles.Length });
        }
    }
}
