using System.IO;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace Invoicing.Controllers
{
    [ApiController]
    [Route("api/invoices")]
    public class InvoiceUploadController : ControllerBase
    {
        [HttpPost("ubl")]
        [Consumes("application/xml")]
        public IActionResult Upload()
        {
            var doc = new XmlDocument { XmlResolver = null };
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using (var reader = XmlReader.Create(Request.Body, settings))
            {
                doc.Load(reader);
            }

            var ns = new XmlNamespaceManager(doc.NameTable);
            ns.AddNamespace("cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
            string number = doc.SelectSingleNode("//cbc:ID", ns)?.InnerText;
            string total = doc.SelectSingleNode("//cbc:PayableAmount", ns)?.InnerText;
            return Ok(new { number, total });
        }

        [HttpPost("validate")]
        public IActionResult Validate([FromBody] string xml)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            int elements = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element) elements++;
            }
            return Ok(new { elements });
        }
    }
}
