// Serverless, WebSocket and Android entry points: what arrives there is the client's.
public class ThumbnailHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent input, Context context) {
        String size = input.getQueryStringParameters().get("size");
        try {
            Runtime.getRuntime().exec("convert in.png -resize " + size + " out.png"); // expect: command-injection
        } catch (IOException e) {
            context.getLogger().log(e.getMessage());
        }
        return new APIGatewayProxyResponseEvent().withStatusCode(202);
    }
}

@ServerEndpoint("/diag")
class DiagnosticsEndpoint {
    @OnMessage
    public String onMessage(String host, Session session) throws IOException {
        Process p = new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start(); // expect: command-injection
        return new String(p.getInputStream().readAllBytes());
    }
}
