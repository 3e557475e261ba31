public class ThumbnailHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent input, Context context) {
        String size = input.getQueryStringParameters().get("size");
        if (!size.matches("[0-9]{1,4}x[0-9]{1,4}")) {
            return new APIGatewayProxyResponseEvent().withStatusCode(400);
        }
        try {
            new ProcessBuilder("convert", "in.png", "-resize", size, "out.png").start();
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
        Process p = new ProcessBuilder("ping", "-c", "1", "--", host).start();
        return new String(p.getInputStream().readAllBytes());
    }
}
