using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Azure.Functions.Worker;

namespace Invoicing.Functions;

public class ImportUblInvoice
{
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    [Function("ImportUblInvoice")]
    [QueueOutput("invoices-parsed")]
    public async Task<string> Run([BlobTrigger("incoming-invoices/{name}")] Stream blob, string name)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
        };
        using var reader = XmlReader.Create(blob, settings);
        var doc = await XDocument.LoadAsync(reader, LoadOptions.None, default);
        var id = doc.Descendants(Cbc + "ID").FirstOrDefault()?.Value ?? name;
        var total = doc.Descendants(Cbc + "PayableAmount").FirstOrDefault()?.Value ?? "0";
        return $"{id};{total}";
    }
}
