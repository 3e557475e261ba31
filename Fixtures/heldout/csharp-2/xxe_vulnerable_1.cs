using System.IO;
using System.Threading.Tasks;
using System.Xml;
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
            using var body = new MemoryStream();
            await Request.Body.CopyToAsync(body);
            body.Position = 0;

            var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() }; // expect: xxe
            doc.Load(body);
            var employee = doc.SelectSingleNode("/timesheet/employee")?.InnerText;
            return Ok(new { employee, entries = doc.SelectNodes("/timesheet/entry")?.Count ?? 0 });
        }

        [HttpPost("validate")]
        [Consumes("application/xml")]
        public IActionResult Validate()
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Parse, // expect: xxe
                ValidationType = ValidationType.DTD,
            };
            using var reader = XmlReader.Create(Request.Body, settings);
            while (reader.Read()) { }
            return NoContent();
        }
    }
}
