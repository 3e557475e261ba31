using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace Invoicing.Controllers
{
    [ApiController]
    [Route("api/invoices")]
    public class UblImportController : ControllerBase
    {
        [HttpPost("ubl")]
        [Consumes("application/xml")]
        public IActionResult ImportUbl()
        {
            var doc = new XmlDocument();
            doc.XmlResolver = new XmlUrlResolver(); // expect: xxe
            doc.Load(Request.Body);
            var ns = new XmlNamespaceManager(doc.NameTable);
            ns.AddNamespace("cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
            var number = doc.SelectSingleNode("//cbc:ID", ns)?.InnerText;
            var total = doc.SelectSingleNode("//cbc:PayableAmount", ns)?.InnerText;
            return Ok(new { number, total });
        }
    }
}
