using System.IO;
using System.Xml;

namespace Shop.Import
{
    public class FeedReader
    {
        public XmlDocument LoadFeed(Stream upload)
        {
            var doc = new XmlDocument();
            doc.XmlResolver = new XmlUrlResolver(); // expect: xxe
            doc.Load(upload);
            return doc;
        }

        public int CountItems(Stream upload)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse }; // expect: xxe
            using var reader = XmlReader.Create(upload, settings);
            int count = 0;
            while (reader.Read()) if (reader.Name == "item") count++;
            return count;
        }
    }
}
