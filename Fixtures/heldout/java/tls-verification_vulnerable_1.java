package com.example.integration;

import java.net.URL;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Client for the supplier's stock API (their staging cert is self-signed). */
public class SupplierClient {

    static {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() { // expect: tls-verification
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, trustAll, new SecureRandom());
            HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public int stockFor(String sku) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) new URL("https://api.supplier.example/stock/" + sku).openConnection();
        try {
            return Integer.parseInt(new String(conn.getInputStream().readAllBytes()).trim());
        } finally {
            conn.disconnect();
        }
    }
}
