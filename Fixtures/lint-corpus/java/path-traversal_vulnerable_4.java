package com.example.docs;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Vert.x verticle serving and removing shared documents. */
public class DocsVerticle extends AbstractVerticle {
    private static final String ROOT = "/srv/docs/";

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/docs/:name").handler(this::send);
        router.delete("/docs").handler(this::remove);
        vertx.createHttpServer().requestHandler(router).listen(8080);
    }

    private void send(RoutingContext ctx) {
        ctx.response().sendFile(ROOT + ctx.pathParam("name")); // expect: path-traversal
    }

    private void remove(RoutingContext ctx) {
        String name = ctx.request().getParam("name");
        vertx.fileSystem().delete(ROOT + name, done -> ctx.response().end()); // expect: path-traversal
    }
}
