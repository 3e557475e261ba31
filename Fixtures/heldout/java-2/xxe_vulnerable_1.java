package com.acme.invoicing.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

@Path("/einvoices")
public class EInvoiceResource {

    @POST
    @Consumes("application/xml")
    public String upload(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(body); // expect: xxe
        String number = doc.getElementsByTagNameNS("*", "InvoiceNumber").item(0).getTextContent();
        return "received " + number;
    }

    @POST
    @Path("/validate")
    @Consumes("application/xml")
    public String validate(InputStream body) throws Exception {
        LineCounter counter = new LineCounter();
        SAXParserFactory.newInstance().newSAXParser().parse(body, counter); // expect: xxe
        return counter.lines + " invoice lines";
    }

    static class LineCounter extends DefaultHandler {
        int lines;
        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts) {
            if ("InvoiceLine".equals(local)) {
                lines++;
            }
        }
    }
}
