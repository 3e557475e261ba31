package com.example.feeds;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FeedPreviewController {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newInstance();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @PostMapping(value = "/feeds/preview", consumes = "application/xml")
    public List<String> preview(@RequestBody String xml) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
        List<String> titles = new ArrayList<>();
        boolean inTitle = false;
        while (reader.hasNext()) {
            int ev = reader.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                inTitle = "title".equals(reader.getLocalName());
            } else if (ev == XMLStreamConstants.CHARACTERS && inTitle) {
                titles.add(reader.getText().trim());
                inTitle = false;
            }
        }
        reader.close();
        return titles;
    }
}
