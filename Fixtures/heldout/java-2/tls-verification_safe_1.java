package com.acme.printers;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Polls the office printers' embedded web servers, trusting the office CA only. */
public class PrinterPoller {

    static SSLContext officeContext(Path trustStore, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            ks.load(in, password);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    static int tonerPercent(SSLContext ctx, String printerHost) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) new URL("https://" + printerHost + "/status/toner").openConnection();
        conn.setSSLSocketFactory(ctx.getSocketFactory());
        try (InputStream in = conn.getInputStream()) {
            return Integer.parseInt(new String(in.readAllBytes()).trim());
        } finally {
            conn.disconnect();
        }
    }
}
