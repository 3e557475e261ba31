using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.AspNetCore.Mvc;

namespace LevelEditor.Controllers
{
    [ApiController]
    [Route("api/levels")]
    public class LevelImportController : ControllerBase
    {
        private readonly ILevelStore _store;

        public LevelImportController(ILevelStore store) => _store = store;

        [HttpPost("import")]
        [RequestSizeLimit(2_000_000)]
        public IActionResult Import(IFormFile file)
        {
            using var stream = file.OpenReadStream();
#pragma warning disable SYSLIB0011
            var formatter = new BinaryFormatter();
            var level = (LevelData)formatter.Deserialize(stream); // expect: unsafe-deserialization
#pragma warning restore SYSLIB0011
            _store.Save(level);
            return Ok(new { level.Name, Tiles = level.Tiles.Length });
        }
    }
}
