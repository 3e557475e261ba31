package com.acme.inventory.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.core.MediaType;

/** Jersey client for the warehouse appliance's REST API: trusts exactly the appliance's own CA. */
public final class ApplianceClientFactory {

    private ApplianceClientFactory() {
    }

    public static Client create(Path applianceCa) throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(applianceCa)) {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            trust.setCertificateEntry("appliance-ca", ca);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, tmf.getTrustManagers(), null);
        return ClientBuilder.newBuilder()
                .sslContext(tls)
                .build();
    }

    public static String stockLevels(Client client, String applianceHost) {
        return client.target("https://" + applianceHost + "/api/stock")
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
