using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace FeedReader
{
    public sealed class RssParser
    {
        public IReadOnlyList<string> Titles(Stream feed)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                MaxCharactersFromEntities = 1024,
            };
            using var reader = XmlReader.Create(feed, settings);
            var doc = XDocument.Load(reader);
            return doc.Descendants("title").Select(t => t.Value).ToList();
        }

        public string ChannelLink(string xml)
        {
            // XDocument.Parse uses a reader that ignores DTDs and resolves nothing.
            var doc = XDocument.Parse(xml);
            return doc.Root?.Element("channel")?.Element("link")?.Value ?? string.Empty;
        }

        public XmlDocument LoadTrustedTemplate(string path)
        {
            var doc = new XmlDocument();
            doc.Load(path);
            return doc;
        }
    }
}
