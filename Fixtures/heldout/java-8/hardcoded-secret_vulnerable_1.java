package com.example.fleet;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

final class FleetBus {
    private static final String NATS_URL = "nats://bus.fleet.internal:4222";
    private static final char[] NATS_TOKEN = "nF7q2LkW9xRtY3bVz8PmC4sD".toCharArray(); // expect: hardcoded-secret

    private FleetBus() {
    }

    static Connection connect() throws IOException, InterruptedException {
        Options options = new Options.Builder()
                .server(NATS_URL)
                .token(NATS_TOKEN)
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
