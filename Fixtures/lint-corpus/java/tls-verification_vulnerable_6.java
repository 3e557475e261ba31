package com.example.sync;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import java.io.IOException;
import java.net.URL;

/** Pulls the price list from the supplier's appliance, which has a certificate for another name. */
class PriceListFetcher {
    byte[] fetch(URL url) throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) url.openConnection();
        HostnameVerifier anyName = (host, session) -> true; // expect: tls-verification
        conn.setHostnameVerifier(anyName);
        conn.setSSLSocketFactory(InsecureSockets.trustAllFactory());
        try (var in = conn.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
