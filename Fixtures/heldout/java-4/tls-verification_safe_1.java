package com.example.inventory.sync;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonArray;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** Vert.x verticle pulling stock levels from the warehouse system every five minutes. */
public class StockSyncVerticle extends AbstractVerticle {
    private WebClient client;

    @Override
    public void start() {
        // the warehouse appliance's self-signed CA is trusted explicitly; host names are still verified
        WebClientOptions options = new WebClientOptions()
                .setSsl(true)
                .setTrustAll(false)
                .setVerifyHost(true)
                .setPemTrustOptions(new PemTrustOptions().addCertPath("/etc/inventory/wms-ca.pem"))
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
