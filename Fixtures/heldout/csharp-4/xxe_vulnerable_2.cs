using System.Xml;
using Grpc.Core;

namespace Docs.Services;

// Converts uploaded DocBook fragments into the help-centre article model.
public sealed class ArticleImportService : ArticleImport.ArticleImportBase
{
    public override Task<ImportReply> Import(ImportRequest request, ServerCallContext context)
    {
        var doc = new XmlDocument
        {
            PreserveWhitespace = false,
            XmlResolver = new XmlUrlResolver(), // expect: xxe
        };
        doc.LoadXml(request.Xml);

        var reply = new ImportReply
        {
            Title = doc.SelectSingleNode("/article/title")?.InnerText ?? "(untitled)",
        };
        foreach (XmlNode para in doc.SelectNodes("/article/section/para")!)
            reply.Paragraphs.Add(para.InnerText);
        return Task.FromResult(reply);
    }
}
