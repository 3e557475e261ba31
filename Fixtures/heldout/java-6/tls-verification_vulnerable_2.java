package com.example.feign;

import feign.Client;
import feign.Feign;
import feign.jackson.JacksonDecoder;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Feign client for the on-premise label printer gateway (self-signed certificate on site). */
final class PrinterGatewayClients {
    private PrinterGatewayClients() {
    }

    static PrinterGateway create(String baseUrl) throws GeneralSecurityException {
        TrustManager[] trustAll = {
            new X509TrustManager() { // expect: tls-verification
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // client certificates are not used
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the gateway uses a self-signed certificate
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, trustAll, null);
        HostnameVerifier anyHost = (hostname, session) -> true; // expect: tls-verification
        return Feign.builder()
                .client(new Client.Default(context.getSocketFactory(), anyHost))
                .decoder(new JacksonDecoder())
                .target(PrinterGateway.class, baseUrl);
    }
}
