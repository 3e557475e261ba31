using System.IO;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.XPath;
using Amazon.Lambda.APIGatewayEvents;
using Amazon.Lambda.Core;

namespace Invoices.Lambda;

public class ValidateInvoiceFunction
{
    private static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public Task<APIGatewayProxyResponse> Handler(APIGatewayProxyRequest request, ILambdaContext context)
    {
        using var reader = XmlReader.Create(new StringReader(request.Body ?? ""), ReaderSettings());
        var nav = new XPathDocument(reader).CreateNavigator();
        var total = nav.SelectSingleNode("/Invoice/LegalMonetaryTotal/PayableAmount")?.Value ?? "0";
        context.Logger.LogInformation($"validated invoice for {total}");
        return Task.FromResult(new APIGatewayProxyResponse { StatusCode = 200, Body = total });
    }
}
