package com.example.inventory.sync;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** Vert.x verticle pulling stock levels from the warehouse system every five minutes. */
public class StockSyncVerticle extends AbstractVerticle {
    private WebClient client;

    @Override
    public void start() {
        // the warehouse box still uses the certificate that came with the appliance
        WebClientOptions options = new WebClientOptions()
                .setSsl(true)
                .setTrustAll(true) // expect: tls-verification
                .setVerifyHost(false) // expect: tls-verification
                .setDefaultHost(config().getString("warehouse.host", "wms.internal"))
                .setDefaultPort(443);
        client = WebClient.create(vertx, options);
        vertx.setPeriodic(300_000, id -> pull());
    }

    private void pull() {
        client.get("/api/stock")
              .bearerTokenAuthentication(config().getString("warehouse.token"))
              .send()
              .onSuccess(resp -> {
                  JsonArray items = resp.bodyAsJsonArray();
                  vertx.eventBus().publish("stock.updated", items);
              })
              .onFailure(err -> System.err.println("stock sync failed: " + err.getMessage()));
    }
}
