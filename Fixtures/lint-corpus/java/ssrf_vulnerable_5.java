// A netty handler forwarding what the client sent, and a stored webhook address.
public class ForwardHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) throws Exception {
        String target = req.headers().get("X-Forward-To");
        HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection(); // expect: ssrf
        ctx.writeAndFlush(conn.getResponseCode());
    }
}

class HookSender {
    private final OkHttpClient http = new OkHttpClient();

    void send(Hook hook, String json) throws IOException {
        Request request = new Request.Builder().url(hook.getWebhookUrl()) // expect: ssrf
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        http.newCall(request).execute().close();
    }
}
