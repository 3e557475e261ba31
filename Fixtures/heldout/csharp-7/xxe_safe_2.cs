using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Confluent.Kafka;

namespace Customs.Declarations;

public class DeclarationParser
{
    private static XmlReaderSettings Settings() => new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
    };

    // Each Kafka message carries one customs declaration submitted by a freight forwarder.
    public XDocument Parse(ConsumeResult<string, string> record)
    {
        using var text = new StringReader(record.Message.Value);
        using var reader = XmlReader.Create(text, Settings());
        return XDocument.Load(reader);
    }

    public string Reference(ConsumeResult<string, string> record)
    {
        var doc = Parse(record);
        return doc.Root?.Element("Reference")?.Value ?? record.Message.Key;
    }

    public byte[] Canonical(ConsumeResult<string, string> record) =>
        Encoding.UTF8.GetBytes(Parse(record).ToString(SaveOptions.DisableFormatting));
}
