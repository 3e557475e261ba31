package com.example.sync;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.PemTrustOptions;

/** The same client trusting the appliance's own CA. */
public class InventorySync extends AbstractVerticle {
    @Override
    public void start() {
        HttpClientOptions options = new HttpClientOptions()
                .setSsl(true)
                .setTrustAll(false)
                .setVerifyHost(true)
                .setPemTrustOptions(new PemTrustOptions().addCertPath("/etc/shop/appliance-ca.pem"));
        vertx.createHttpClient(options);
    }
}
