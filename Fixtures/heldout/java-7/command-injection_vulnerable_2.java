import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

// Jakarta WebSocket endpoint of the network console: "lookup <host>" streams nslookup output back.
@ServerEndpoint("/console/lookup")
class LookupEndpoint {
    @OnMessage
    public void onMessage(String message, Session session) throws IOException {
        if (!message.startsWith("lookup ")) {
            session.getBasicRemote().sendText("unknown command");
            return;
        }
        String host = message.substring("lookup ".length()).trim();
        String[] command = {"/bin/sh", "-c", "nslookup " + host};
        Process process = Runtime.getRuntime().exec(command); // expect: command-injection
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                session.getBasicRemote().sendText(line);
            }
        }
    }
}
