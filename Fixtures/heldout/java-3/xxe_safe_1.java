package dev.depcheck;

import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;

public final class SafePomReader {

    private final DocumentBuilderFactory dbf;

    public SafePomReader() throws ParserConfigurationException {
        dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        dbf.setNamespaceAware(true);
    }

    public String groupId(File pomFile) throws Exception {
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document pom = builder.parse(pomFile);
        return pom.getElementsByTagNameNS("*", "groupId").item(0).getTextContent();
    }
}
