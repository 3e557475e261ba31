using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Designer.Api
{
    [ApiController]
    [Route("api/layouts")]
    public class LayoutController : ControllerBase
    {
        private readonly ILayoutStore _store;

        public LayoutController(ILayoutStore store) => _store = store;

        // The desktop designer uploads its saved layout file (.dlayout) here.
        [HttpPost("import")]
        public async Task<IActionResult> Import(IFormFile file)
        {
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms);
            ms.Position = 0;
#pragma warning disable SYSLIB0011
            var layout = (Layout)new BinaryFormatter().Deserialize(ms); // expect: unsafe-deserialization
#pragma warning restore SYSLIB0011
            var id = await _store.SaveAsync(User.Identity!.Name!, layout);
            return CreatedAtAction(nameof(Import), new { id }, null);
        }
    }
}
