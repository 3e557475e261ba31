public class ForwardHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final String UPSTREAM = "https://upstream.internal.example.net/api";

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) throws Exception {
        HttpURLConnection conn = (HttpURLConnection) new URL(UPSTREAM).openConnection();
        ctx.writeAndFlush(conn.getResponseCode());
    }
}

class HookSender {
    private static final java.util.Set<String> HOOK_HOSTS = java.util.Set.of("hooks.partner.example.com");
    private final OkHttpClient http = new OkHttpClient();

    void send(Hook hook, String json) throws IOException {
        URI uri = URI.create(hook.getWebhookUrl());
        if (!HOOK_HOSTS.contains(uri.getHost())) {
            return;
        }
        Request request = new Request.Builder().url("https://" + uri.getHost() + "/hook")
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        http.newCall(request).execute().close();
    }
}
