package com.example.helidon;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Helidon SE 4 service: device pairing for the smart-plug app. */
class PairingService implements HttpService {
    private final SecureRandom random = new SecureRandom();
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
        random.nextBytes(secret);
        byte[] session = new byte[16];
        random.nextBytes(session);
        String sessionId = HexFormat.of().formatHex(session);
        store.save(device, HexFormat.of().formatHex(secret), sessionId);
        res.send(sessionId);
    }
}
