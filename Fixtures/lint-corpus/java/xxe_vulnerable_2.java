package imports;

import java.io.InputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.helpers.DefaultHandler;

public class SupplierFeedImporter {
    private final XMLInputFactory inputs = XMLInputFactory.newInstance();

    public void importOrders(InputStream upload, DefaultHandler handler) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        // only stops fetching an external DTD; entities declared inline still resolve
        spf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = spf.newSAXParser();
        parser.parse(upload, handler); // expect: xxe
    }

    public int countItems(InputStream upload) throws Exception {
        XMLStreamReader reader = inputs.createXMLStreamReader(upload); // expect: xxe
        int items = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT && "item".equals(reader.getLocalName())) {
                items++;
            }
        }
        return items;
    }
}
