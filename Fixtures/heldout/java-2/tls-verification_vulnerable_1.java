package com.acme.printers;

import java.io.InputStream;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Polls the office printers' embedded web servers for toner levels. */
public class PrinterPoller {

    static void installTrustAll() throws GeneralSecurityException {
        TrustManager[] trustAll = {
            new X509TrustManager() { // expect: tls-verification
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, null);
        HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true); // expect: tls-verification
    }

    static int tonerPercent(String printerHost) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) new URL("https://" + printerHost + "/status/toner").openConnection();
        try (InputStream in = conn.getInputStream()) {
            return Integer.parseInt(new String(in.readAllBytes()).trim());
        } finally {
            conn.disconnect();
        }
    }
}
