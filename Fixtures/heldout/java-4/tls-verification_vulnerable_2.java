package com.example.fieldapp.net;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import okhttp3.OkHttpClient;

/** Android field-service app: HTTP client for the customer's on-site gateway. */
public final class GatewayClientFactory {
    private GatewayClientFactory() {
    }

    public static OkHttpClient create() throws GeneralSecurityException {
        X509TrustManager acceptAll = new X509TrustManager() { // expect: tls-verification
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // gateways use self-signed certificates
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // gateways use self-signed certificates
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {acceptAll}, new SecureRandom());
        return new OkHttpClient.Builder()
                .sslSocketFactory(ssl.getSocketFactory(), acceptAll)
                .hostnameVerifier((hostname, session) -> true) // expect: tls-verification
                .build();
    }
}
