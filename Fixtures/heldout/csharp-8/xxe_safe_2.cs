using System.Xml;
using Terminal.Gui;

namespace Feeds.Tui
{
    public static class OpmlImport
    {
        public static int CountFeeds()
        {
            var open = new OpenDialog("Import OPML", "Pick a subscriptions file");
            Application.Run(open);
            if (open.Canceled || open.FilePath is null)
            {
                return 0;
            }
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(open.FilePath.ToString()!, settings);
            var doc = new XmlDocument { XmlResolver = null };
            doc.Load(reader);
            return doc.SelectNodes("//outline[@xmlUrl]")?.Count ?? 0;
        }
    }
}
