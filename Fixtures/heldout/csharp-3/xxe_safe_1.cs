using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;

namespace Invoicing.Controllers
{
    [ApiController]
    [Route("api/invoices")]
    public class UblImportController : ControllerBase
    {
        private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

        [HttpPost("ubl")]
        [Consumes("application/xml")]
        public async Task<IActionResult> ImportUbl(CancellationToken ct)
        {
            var doc = await XDocument.LoadAsync(Request.Body, LoadOptions.None, ct);
            var number = doc.Descendants(Cbc + "ID").FirstOrDefault()?.Value;
            var total = doc.Descendants(Cbc + "PayableAmount").FirstOrDefault()?.Value;
            return Ok(new { number, total });
        }
    }
}
