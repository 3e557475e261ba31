package io.jenkins.plugins.artifactmirror;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

class MirrorDownloader {
    private final Path truststore;
    private final char[] truststorePassword;

    MirrorDownloader(Path truststore, char[] truststorePassword) {
        this.truststore = truststore;
        this.truststorePassword = truststorePassword;
    }

    private SSLContext mirrorContext() throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            ks.load(in, truststorePassword);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    Path fetch(String artifactUrl, Path workspace) throws IOException, GeneralSecurityException {
        HttpsURLConnection conn = (HttpsURLConnection) new URL(artifactUrl).openConnection();
        conn.setSSLSocketFactory(mirrorContext().getSocketFactory());
        Path target = workspace.resolve("mirror.bin");
        try (InputStream in = conn.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
