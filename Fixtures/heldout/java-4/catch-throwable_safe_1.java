package com.example.ingest;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/** Vert.x worker verticle that normalises inbound order events from the marketplace connectors. */
public class OrderNormalizerVerticle extends AbstractVerticle {
    private final OrderMapper mapper = new OrderMapper();

    @Override
    public void start() {
        vertx.exceptionHandler(this::report);
        vertx.eventBus().<JsonObject>consumer("orders.inbound", this::onOrder);
    }

    private void onOrder(Message<JsonObject> msg) {
        try {
            JsonObject normalized = mapper.normalize(msg.body());
            vertx.eventBus().send("orders.normalized", normalized);
            msg.reply(new JsonObject().put("ok", true));
        } catch (DecodeException | IllegalArgumentException e) {
            msg.fail(422, "cannot normalize: " + e.getMessage());
        }
    }

    private void report(Throwable failure) {
        System.err.println("unhandled failure in order normalizer: " + failure);
    }
}
