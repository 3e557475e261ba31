import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

// Jakarta WebSocket endpoint: point-of-sale terminals push receipts as XML; the total is read with XPath.
@ServerEndpoint("/pos/receipts")
class ReceiptEndpoint {
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @OnMessage
    public void onReceipt(String xml, Session session) throws IOException {
        try {
            String total = xpath.evaluate("/receipt/total", new InputSource(new StringReader(xml))); // expect: xxe
            ReceiptLedger.record(session.getId(), total);
            session.getBasicRemote().sendText("{\"ack\":true}");
        } catch (XPathExpressionException e) {
            session.getBasicRemote().sendText("{\"ack\":false,\"error\":\"malformed receipt\"}");
        }
    }
}
