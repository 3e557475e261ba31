package com.example.integration;

import java.io.IOException;
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

public class LegacyCrmClient {

    private final String baseUrl;

    public LegacyCrmClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String fetchContact(String id) throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) new URL(baseUrl + "/contacts/" + Integer.parseInt(id)).openConnection();
        conn.setHostnameVerifier((hostname, session) -> true); // expect: tls-verification
        try {
            return new String(conn.getInputStream().readAllBytes());
        } finally {
            conn.disconnect();
        }
    }

    public static void relaxGlobally() {
        HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> true); // expect: tls-verification
    }
}
