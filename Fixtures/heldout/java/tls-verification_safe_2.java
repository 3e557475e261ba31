package com.example.integration;

import java.io.IOException;
import java.net.URL;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;

public class LegacyCrmClient {

    private final String baseUrl;

    public LegacyCrmClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String fetchContact(String id) throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) new URL(baseUrl + "/contacts/" + Integer.parseInt(id)).openConnection();
        // keep the JDK's default verifier but log what was checked
        HostnameVerifier defaults = HttpsURLConnection.getDefaultHostnameVerifier();
        conn.setHostnameVerifier((hostname, session) -> {
            boolean ok = defaults.verify(hostname, session);
            if (!ok) {
                System.err.println("hostname mismatch for " + hostname);
            }
            return ok;
        });
        try {
            return new String(conn.getInputStream().readAllBytes());
        } finally {
            conn.disconnect();
        }
    }
}
