package com.example.netops;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Vert.x verticle exposing DNS and traceroute checks to the NOC dashboard. */
public class NetToolsVerticle extends AbstractVerticle {

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
        vertx.<String>executeBlocking(promise -> {
            try {
                Process p = new ProcessBuilder("sh", "-c", "dig +short " + type + " " + name).start(); // expect: command-injection
                promise.complete(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                promise.fail(e);
            }
        }).onSuccess(out -> ctx.json(new JsonObject().put("answer", out)))
          .onFailure(err -> ctx.fail(500, err));
    }

    private void trace(RoutingContext ctx) {
        String host = ctx.request().getParam("host");
        vertx.<String>executeBlocking(promise -> {
            try {
                Process p = Runtime.getRuntime().exec("traceroute -m 15 " + host); // expect: command-injection
                promise.complete(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                promise.fail(e);
            }
        }).onSuccess(out -> ctx.json(new JsonObject().put("hops", out)))
          .onFailure(err -> ctx.fail(500, err));
    }
}
