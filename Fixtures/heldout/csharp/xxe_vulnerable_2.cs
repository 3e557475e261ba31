using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace FeedReader
{
    public sealed class RssParser
    {
        public IReadOnlyList<string> Titles(Stream feed)
        {
            var settings = new XmlReaderSettings();
            settings.DtdProcessing = DtdProcessing.Parse; // expect: xxe

            var titles = new List<string>();
            using (var reader = XmlReader.Create(feed, settings))
            {
                while (reader.ReadToFollowing("title"))
                {
                    titles.Add(reader.ReadElementContentAsString());
                }
            }
            return titles;
        }

        public string ChannelLink(string xml)
        {
            var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() }; // expect: xxe
            doc.LoadXml(xml);
            return doc.SelectSingleNode("/rss/channel/link")?.InnerText ?? string.Empty;
        }
    }
}
