import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

// Jakarta WebSocket endpoint: receipts are parsed by a hardened builder before XPath reads the total.
@ServerEndpoint("/pos/receipts")
class ReceiptEndpoint {
    private final XPath xpath = XPathFactory.newInstance().newXPath();
    private final DocumentBuilder builder;

    ReceiptEndpoint() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        builder = factory.newDocumentBuilder();
    }

    @OnMessage
    public void onReceipt(String xml, Session session) throws IOException {
        try {
            Document receipt = builder.parse(new InputSource(new StringReader(xml)));
            String total = xpath.evaluate("/receipt/total", receipt);
            ReceiptLedger.record(session.getId(), total);
            session.getBasicRemote().sendText("{\"ack\":true}");
        } catch (SAXException | XPathExpressionException e) {
            session.getBasicRemote().sendText("{\"ack\":false,\"error\":\"malformed receipt\"}");
        }
    }
}
