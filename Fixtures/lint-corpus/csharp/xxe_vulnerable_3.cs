using System.Xml;
using System.Xml.Xsl;

namespace Reports
{
    public class Renderer
    {
        // An uploaded stylesheet that may run scripts and read any document it names.
        public void Render(string stylesheetPath, XmlReader input, XmlWriter output)
        {
            var xslt = new XslCompiledTransform();
            xslt.Load(stylesheetPath, XsltSettings.TrustedXslt, new XmlUrlResolver()); // expect: xxe
            xslt.Transform(input, output);
        }
    }
}
