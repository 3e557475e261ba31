using System;
using System.Web.UI;
using System.Xml;

namespace Intranet
{
    // Code-behind of ImportFeeds.aspx: staff upload an OPML list and a product sheet.
    public partial class ImportFeeds : Page
    {
        protected System.Web.UI.WebControls.FileUpload OpmlFile;
        protected System.Web.UI.WebControls.FileUpload SheetFile;
        protected System.Web.UI.WebControls.Literal Result;

        protected void Import_Click(object sender, EventArgs e)
        {
            var opml = new XmlDocument();
            opml.XmlResolver = new XmlUrlResolver(); // expect: xxe
            opml.Load(OpmlFile.FileContent);
            var outlines = opml.SelectNodes("//outline[@xmlUrl]");

            var settings = new XmlReaderSettings();
            settings.DtdProcessing = DtdProcessing.Parse; // expect: xxe
            var products = 0;
            using (var reader = XmlReader.Create(SheetFile.FileContent, settings))
            {
                while (reader.ReadToFollowing("product"))
                    products++;
            }
            Result.Text = $"{outlines?.Count ?? 0} feeds, {products} products";
        }
    }
}
