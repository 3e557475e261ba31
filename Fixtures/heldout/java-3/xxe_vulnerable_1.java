package org.invoicing.upload;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

@WebServlet("/invoices/ubl")
public class UblUploadServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
            InvoiceTotalsHandler handler = new InvoiceTotalsHandler();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(req.getInputStream())); // expect: xxe
            resp.getWriter().println("total=" + handler.total());
        } catch (ParserConfigurationException | SAXException e) {
            resp.sendError(400, "malformed invoice");
        }
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer(new StreamSource(getServletContext().getResourceAsStream("/WEB-INF/ubl-to-html.xsl")));
            resp.setContentType("text/html");
            t.transform(new StreamSource(req.getInputStream()), new StreamResult(resp.getWriter())); // expect: xxe
        } catch (TransformerException e) {
            resp.sendError(400, "cannot render invoice");
        }
    }
}
