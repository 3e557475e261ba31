package dev.depcheck;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.events.XMLEvent;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Lists the dependencies of a pom.xml given on the command line. */
public class PomDeps {

    public static void main(String[] args) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document pom = builder.parse(new File(args[0])); // expect: xxe
        NodeList ids = pom.getElementsByTagNameNS("*", "artifactId");
        for (int i = 0; i < ids.getLength(); i++) {
            System.out.println(ids.item(i).getTextContent());
        }

        if (args.length > 1) {
            XMLInputFactory xif = XMLInputFactory.newFactory();
            try (InputStream in = new FileInputStream(args[1])) {
                XMLEventReader events = xif.createXMLEventReader(in); // expect: xxe
                int elements = 0;
                while (events.hasNext()) {
                    XMLEvent e = events.nextEvent();
                    if (e.isStartElement()) {
                        elements++;
                    }
                }
                System.out.println("settings.xml elements: " + elements);
            }
        }
    }
}
