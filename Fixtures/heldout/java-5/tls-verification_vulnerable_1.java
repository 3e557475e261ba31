package com.acme.inventory.client;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.core.MediaType;

/** Jersey client for the warehouse appliance's REST API (self-signed certificate on the appliance). */
public final class ApplianceClientFactory {

    private ApplianceClientFactory() {
    }

    public static Client create() throws GeneralSecurityException {
        TrustManager[] acceptAll = {
            new X509TrustManager() { // expect: tls-verification
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // appliance clients are not authenticated by certificate
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // self-signed appliance certificate
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, acceptAll, new SecureRandom());
        return ClientBuilder.newBuilder()
                .sslContext(tls)
                .hostnameVerifier((host, session) -> true) // expect: tls-verification
                .build();
    }

    public static String stockLevels(Client client, String applianceHost) {
        return client.target("https://" + applianceHost + "/api/stock")
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
