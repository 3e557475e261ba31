package com.example.ingest;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;

/** Vert.x worker verticle that normalises inbound order events from the marketplace connectors. */
public class OrderNormalizerVerticle extends AbstractVerticle {
    private final OrderMapper mapper = new OrderMapper();

    @Override
    public void start() {
        vertx.eventBus().<JsonObject>consumer("orders.inbound", this::onOrder);
    }

    private void onOrder(Message<JsonObject> msg) {
        try {
            JsonObject normalized = mapper.normalize(msg.body());
            vertx.eventBus().send("orders.normalized", normalized);
            msg.reply(new JsonObject().put("ok", true));
        } catch (Throwable t) { // expect: catch-throwable
            msg.fail(500, "cannot normalize: " + t.getMessage());
        }
    }
}
