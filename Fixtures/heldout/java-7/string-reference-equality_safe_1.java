import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

// Jakarta WebSocket endpoint of the live score ticker: "subscribe:<match>", "unsubscribe:<match>", "ping".
@ServerEndpoint("/ticker")
class TickerEndpoint {
    private final Subscriptions subscriptions = Subscriptions.shared();

    @OnMessage
    public void onMessage(String frame, Session session) throws IOException {
        int colon = frame.indexOf(':');
        String command = colon < 0 ? frame : frame.substring(0, colon);
        String match = colon < 0 ? "" : frame.substring(colon + 1);

        if ("subscribe".equals(command)) {
            subscriptions.add(match, session);
            session.getBasicRemote().sendText("subscribed " + match);
        } else if ("unsubscribe".equals(command) && !match.isEmpty()) {
            subscriptions.remove(match, session);
        } else if (!"ping".equals(frame)) {
            session.getBasicRemote().sendText("unknown command");
        }
    }
}
