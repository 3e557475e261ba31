using System.Xml;

namespace FeedReader
{
    public class OpmlImporter
    {
        public List<string> ReadFeeds(Stream upload)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                MaxCharactersInDocument = 5_000_000,
            };
            var feeds = new List<string>();
            using var reader = XmlReader.Create(upload, settings);
            while (reader.ReadToFollowing("outline"))
            {
                var url = reader.GetAttribute("xmlUrl");
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
                {
                    feeds.Add(uri.ToString());
                }
            }
            return feeds;
        }
    }
}
