package com.acme.feeds;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.dom4j.Document;
import org.dom4j.io.SAXReader;

/** Imports partner product feeds (uploaded by partners through the portal). */
public class FeedImporter {

    public List<String> skus(InputStream feed) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(feed);
        List<String> skus = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "sku".equals(reader.getLocalName())) {
                skus.add(reader.getElementText());
            }
        }
        reader.close();
        return skus;
    }

    public String supplierName(InputStream feed) throws Exception {
        SAXReader saxReader = new SAXReader();
        saxReader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = saxReader.read(feed);
        return doc.getRootElement().elementText("supplier");
    }
}
