package com.example.docs;

import java.util.regex.Pattern;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The same verticle with document names checked first. */
public class DocsVerticle extends AbstractVerticle {
    private static final String ROOT = "/srv/docs/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}\\.pdf");

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/docs/:name").handler(this::send);
        vertx.createHttpServer().requestHandler(router).listen(8080);
    }

    private void send(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        if (!NAME.matcher(name).matches()) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        ctx.response().sendFile(ROOT + name);
    }
}
