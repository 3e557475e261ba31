package org.invoicing.upload;

import java.io.InputStream;
import java.io.Writer;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

public class HardenedInvoiceParser {

    public double total(InputStream upload) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        spf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = spf.newSAXParser().getXMLReader();
        InvoiceTotalsHandler handler = new InvoiceTotalsHandler();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(upload));
        return handler.total();
    }

    public void render(InputStream upload, InputStream stylesheet, Writer out) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Templates templates = tf.newTemplates(new StreamSource(stylesheet));
        templates.newTransformer().transform(new StreamSource(upload), new StreamResult(out));
    }
}
