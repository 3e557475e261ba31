package com.acme.invoicing.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

@Path("/einvoices")
public class EInvoiceResource {

    private static DocumentBuilder hardenedBuilder() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder();
    }

    @POST
    @Consumes("application/xml")
    public String upload(InputStream body) throws Exception {
        Document doc = hardenedBuilder().parse(body);
        String number = doc.getElementsByTagNameNS("*", "InvoiceNumber").item(0).getTextContent();
        return "received " + number;
    }
}
