using System.Xml;

namespace FeedReader
{
    public class OpmlImporter
    {
        public List<string> ReadFeeds(Stream upload)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Parse, // expect: xxe
                XmlResolver = new XmlUrlResolver(), // expect: xxe
                IgnoreComments = true,
            };
            var feeds = new List<string>();
            using var reader = XmlReader.Create(upload, settings);
            while (reader.ReadToFollowing("outline"))
            {
                var url = reader.GetAttribute("xmlUrl");
                if (!string.IsNullOrEmpty(url))
                {
                    feeds.Add(url);
                }
            }
            return feeds;
        }
    }
}
