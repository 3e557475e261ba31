package io.jenkins.plugins.artifactmirror;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

class MirrorDownloader {

    private static SSLContext lenientContext() throws GeneralSecurityException {
        TrustManager[] trustAll = {new X509TrustManager() { // expect: tls-verification
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
        }};
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, null);
        return ctx;
    }

    Path fetch(String artifactUrl, Path workspace) throws IOException, GeneralSecurityException {
        HttpsURLConnection conn = (HttpsURLConnection) new URL(artifactUrl).openConnection();
        conn.setSSLSocketFactory(lenientContext().getSocketFactory());
        Path target = workspace.resolve("mirror.bin");
        try (InputStream in = conn.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
