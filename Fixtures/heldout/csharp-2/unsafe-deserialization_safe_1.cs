using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Designer.Api
{
    [ApiController]
    [Route("api/layouts")]
    public class LayoutController : ControllerBase
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        private readonly ILayoutStore _store;

        public LayoutController(ILayoutStore store) => _store = store;

        // The desktop designer (v3+) exports layouts as JSON.
        [HttpPost("import")]
        public async Task<IActionResult> Import(IFormFile file)
        {
            await using var stream = file.OpenReadStream();
            var layout = await JsonSerializer.DeserializeAsync<Layout>(stream, Options);
            if (layout == null)
                return BadRequest();
            var id = await _store.SaveAsync(User.Identity!.Name!, layout);
            return CreatedAtAction(nameof(Import), new { id }, null);
        }
    }
}
