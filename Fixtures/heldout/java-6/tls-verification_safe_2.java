package com.example.feign;

import feign.Client;
import feign.Feign;
import feign.jackson.JacksonDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Feign client for the on-premise label printer gateway: trusts the site CA only. */
final class PrinterGatewayClients {
    private PrinterGatewayClients() {
    }

    static PrinterGateway create(String baseUrl, Path siteTrustStore, char[] storePassword)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(siteTrustStore)) {
            store.load(in, storePassword);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, tmf.getTrustManagers(), null);
        return Feign.builder()
                .client(new Client.Default(context.getSocketFactory(), HttpsURLConnection.getDefaultHostnameVerifier()))
                .decoder(new JacksonDecoder())
                .target(PrinterGateway.class, baseUrl);
    }
}
