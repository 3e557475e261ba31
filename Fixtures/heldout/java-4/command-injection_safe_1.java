package com.example.netops;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/** Vert.x verticle exposing DNS and traceroute checks to the NOC dashboard. */
public class NetToolsVerticle extends AbstractVerticle {
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$");
    private static final Set<String> TYPES = Set.of("A", "AAAA", "MX", "TXT", "NS", "CNAME");

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/lookup").handler(this::lookup);
        router.get("/trace").handler(this::trace);
        vertx.createHttpServer().requestHandler(router).listen(8088);
    }

    private void lookup(RoutingContext ctx) {
        String name = ctx.queryParams().get("name");
        String type = ctx.queryParams().get("type");
        if (name == null || !HOST.matcher(name).matches() || !TYPES.contains(type)) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        run(ctx, "answer", new ProcessBuilder("dig", "+short", type, name));
    }

    private void trace(RoutingContext ctx) {
        String host = ctx.request().getParam("host");
        if (host == null || !HOST.matcher(host).matches()) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        run(ctx, "hops", new ProcessBuilder("traceroute", "-m", "15", "--", host));
    }

    private void run(RoutingContext ctx, String field, ProcessBuilder pb) {
        vertx.<String>executeBlocking(promise -> {
            try {
                Process p = pb.redirectErrorStream(true).start();
                promise.complete(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                promise.fail(e);
            }
        }).onSuccess(out -> ctx.json(new JsonObject().put(field, out)))
          .onFailure(err -> ctx.fail(500, err));
    }
}
