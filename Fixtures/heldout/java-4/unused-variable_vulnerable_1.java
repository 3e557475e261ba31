package com.example.parking;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** Vert.x API of the car-park barrier controller. */
public class BarrierVerticle extends AbstractVerticle {
    private final BarrierPort port;

    public BarrierVerticle(BarrierPort port) {
        this.port = port;
    }

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/barriers/:id/open").handler(this::open);
        vertx.createHttpServer().requestHandler(router).listen(8070);
    }

    private void open(RoutingContext ctx) {
        long started = System.nanoTime(); // expect: unused-variable
        int id = Integer.parseInt(ctx.pathParam("id"));
        JsonObject body = ctx.body().asJsonObject(); // expect: unused-variable
        boolean opened = port.open(id);
        ctx.json(new JsonObject().put("barrier", id).put("opened", opened));
    }
}
