package com.example.fleet;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

final class FleetBus {
    private static final String NATS_URL = "nats://bus.fleet.internal:4222";
    private static final String TOKEN_ENV = "FLEET_NATS_TOKEN";

    private FleetBus() {
    }

    static Connection connect() throws IOException, InterruptedException {
        String token = System.getenv(TOKEN_ENV);
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException(TOKEN_ENV + " is not set");
        }
        Options options = new Options.Builder()
                .server(NATS_URL)
                .token(token.toCharArray())
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        return Nats.connect(options);
    }

    public static void main(String[] args) throws Exception {
        try (Connection nc = connect()) {
            nc.publish("fleet.ping", "hello".getBytes(StandardCharsets.UTF_8));
            nc.flush(Duration.ofSeconds(2));
        }
    }
}
