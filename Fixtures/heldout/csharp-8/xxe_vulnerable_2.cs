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
            var doc = new XmlDocument();
            doc.XmlResolver = new XmlUrlResolver(); // expect: xxe
            doc.Load(open.FilePath.ToString()!);
            return doc.SelectNodes("//outline[@xmlUrl]")?.Count ?? 0;
        }
    }
}
