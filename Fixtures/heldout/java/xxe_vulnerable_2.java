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

    @PostMapping(value = "/feeds/preview", consumes = "application/xml")
    public List<String> preview(@RequestBody String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml)); // expect: xxe
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
