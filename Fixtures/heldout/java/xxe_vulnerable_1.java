package com.example.invoices;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Accepts UBL invoices posted by suppliers. */
public class InvoiceUploadServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (InputStream body = req.getInputStream()) {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            Document doc = builder.parse(body); // expect: xxe
            String number = doc.getElementsByTagNameNS("*", "ID").item(0).getTextContent();
            resp.setContentType("text/plain");
            resp.getWriter().println("received invoice " + number);
        } catch (ParserConfigurationException | SAXException e) {
            resp.sendError(400, "invalid invoice");
        }
    }
}
