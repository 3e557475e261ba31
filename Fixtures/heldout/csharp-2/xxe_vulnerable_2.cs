using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace FeedReader.Core
{
    /// <summary>Parses RSS feeds downloaded from user-configured URLs.</summary>
    public class RssParser
    {
        public IReadOnlyList<string> Titles(Stream feed)
        {
            var settings = new XmlReaderSettings();
            settings.DtdProcessing = DtdProcessing.Parse; // expect: xxe
            settings.XmlResolver = new XmlUrlResolver(); // expect: xxe
            var titles = new List<string>();
            using (var reader = XmlReader.Create(feed, settings))
            {
                while (reader.ReadToFollowing("item"))
                {
                    if (reader.ReadToDescendant("title"))
                        titles.Add(reader.ReadElementContentAsString());
                }
            }
            return titles;
        }
    }
}
