package com.example.sync;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.http.HttpClientOptions;

/** Pulls inventory from the shop's appliance over HTTPS. */
public class InventorySync extends AbstractVerticle {
    @Override
    public void start() {
        HttpClientOptions options = new HttpClientOptions()
                .setSsl(true)
                .setTrustAll(true) // expect: tls-verification
                .setVerifyHost(false); // expect: tls-verification
        vertx.createHttpClient(options);
    }
}
