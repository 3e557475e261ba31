package com.example.integration;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Client for the supplier's stock API: trusts their staging CA explicitly instead of trusting everything. */
public class SupplierClient {

    private final SSLContext ctx;

    public SupplierClient(Path truststore, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            ks.load(in, password);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, tmf.getTrustManagers(), null);
    }

    public int stockFor(String sku) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) new URL("https://api.supplier.example/stock/" + sku).openConnection();
        conn.setSSLSocketFactory(ctx.getSocketFactory());
        try {
            return Integer.parseInt(new String(conn.getInputStream().readAllBytes()).trim());
        } finally {
            conn.disconnect();
        }
    }
}
