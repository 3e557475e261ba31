using System.Xml;
using System.Xml.Xsl;

namespace Reports
{
    public class Renderer
    {
        public void Render(string stylesheetPath, XmlReader input, XmlWriter output)
        {
            var xslt = new XslCompiledTransform();
            xslt.Load(stylesheetPath, XsltSettings.Default, null);
            xslt.Transform(input, output);
        }
    }
}
