using System.Linq;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;

namespace Payroll.Api
{
    [ApiController]
    [Route("api/timesheets")]
    public class TimesheetImportController : ControllerBase
    {
        // Accepts timesheets exported by the clock-in terminals (XML).
        [HttpPost]
        [Consumes("application/xml")]
        public async Task<IActionResult> Import()
        {
            var doc = await XDocument.LoadAsync(Request.Body, LoadOptions.None, HttpContext.RequestAborted);
            var employee = doc.Root?.Element("employee")?.Value;
            return Ok(new { employee, entries = doc.Root?.Elements("entry").Count() ?? 0 });
        }

        [HttpPost("validate")]
        [Consumes("application/xml")]
        public IActionResult Validate()
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            };
            using var reader = XmlReader.Create(Request.Body, settings);
            while (reader.Read()) { }
            return NoContent();
        }
    }
}
