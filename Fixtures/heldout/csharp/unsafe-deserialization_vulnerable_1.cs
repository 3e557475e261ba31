using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Designer.Controllers
{
    [Serializable]
    public class DiagramState
    {
        public string Title { get; set; }
        public byte[] Layout { get; set; }
    }

    [ApiController]
    [Route("api/diagrams")]
    public class DiagramImportController : ControllerBase
    {
        // Desktop clients upload their saved .diag files, which are BinaryFormatter dumps.
        [HttpPost("import")]
        public IActionResult Import(IFormFile file)
        {
            using var stream = file.OpenReadStream();
            var formatter = new BinaryFormatter();
            var state = (DiagramState)formatter.Deserialize(stream); // expect: unsafe-deserialization
            return Ok(new { state.Title, size = state.Layout?.Length ?? 0 });
        }

        [HttpPost("restore")]
        public IActionResult Restore([FromBody] string base64)
        {
            using var ms = new MemoryStream(Convert.FromBase64String(base64));
            var state = new BinaryFormatter().Deserialize(ms) as DiagramState; // expect: unsafe-deserialization
            return state == null ? BadRequest() : Ok(state.Title);
        }
    }
}
