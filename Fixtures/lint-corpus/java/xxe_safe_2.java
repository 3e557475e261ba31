package imports;

import java.io.InputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class SupplierFeedImporter {
    private static final XMLInputFactory INPUTS = XMLInputFactory.newInstance();

    static {
        INPUTS.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUTS.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public int countItems(InputStream upload) throws Exception {
        XMLStreamReader reader = INPUTS.createXMLStreamReader(upload);
        int items = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT) {
                items++;
            }
        }
        return items;
    }

    public LocalDate feedDate(String text) {
        return LocalDate.parse(text);
    }
}
