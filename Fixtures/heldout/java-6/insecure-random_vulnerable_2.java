package com.example.helidon;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.HexFormat;
import java.util.Random;

/** Helidon SE 4 service: device pairing for the smart-plug app. */
class PairingService implements HttpService {
    private final Random random = new Random();
    private final PairingStore store;

    PairingService(PairingStore store) {
        this.store = store;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/pair", this::pair);
    }

    private void pair(ServerRequest req, ServerResponse res) {
        String device = req.query().first("device").orElseThrow();
        byte[] secret = new byte[20];
        random.nextBytes(secret); // expect: insecure-random
        String session = Long.toHexString(Double.doubleToLongBits(Math.random())); // expect: insecure-random
        store.save(device, HexFormat.of().formatHex(secret), session);
        res.send(session);
    }
}
