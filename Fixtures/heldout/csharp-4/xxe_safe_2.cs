using System.Xml;
using System.Xml.Linq;
using Grpc.Core;

namespace Docs.Services;

public sealed class ArticleImportService : ArticleImport.ArticleImportBase
{
    public override Task<ImportReply> Import(ImportRequest request, ServerCallContext context)
    {
        XDocument doc;
        try
        {
            // XDocument.Parse prohibits DTDs by default.
            doc = XDocument.Parse(request.Xml);
        }
        catch (XmlException ex)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, ex.Message));
        }
        var article = doc.Root ?? throw new RpcException(new Status(StatusCode.InvalidArgument, "empty"));
        var reply = new ImportReply { Title = (string?)article.Element("title") ?? "(untitled)" };
        foreach (var para in article.Elements("section").Elements("para"))
            reply.Paragraphs.Add(para.Value);
        return Task.FromResult(reply);
    }

    public static XmlDocument LoadLegacy(string xml)
    {
        var doc = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
        });
        doc.Load(reader);
        return doc;
    }
}
