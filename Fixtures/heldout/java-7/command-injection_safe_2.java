import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

// Jakarta WebSocket endpoint of the network console: "lookup <host>" streams nslookup output back.
@ServerEndpoint("/console/lookup")
class LookupEndpoint {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");

    @OnMessage
    public void onMessage(String message, Session session) throws IOException {
        if (!message.startsWith("lookup ")) {
            session.getBasicRemote().sendText("unknown command");
            return;
        }
        String host = message.substring("lookup ".length()).trim();
        if (!HOST.matcher(host).matches()) {
            session.getBasicRemote().sendText("invalid host");
            return;
        }
        Process process = new ProcessBuilder("nslookup", host).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                session.getBasicRemote().sendText(line);
            }
        }
    }
}
