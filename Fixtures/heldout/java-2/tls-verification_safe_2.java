package com.acme.integration.erp;

import java.io.File;
import java.security.GeneralSecurityException;
import java.io.IOException;
import javax.net.ssl.SSLContext;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactory;
import org.apache.hc.core5.ssl.SSLContextBuilder;

/** HTTP clients for the ERP system in the staging and production data centres. */
public final class ErpClients {

    private ErpClients() {}

    public static CloseableHttpClient apache(File trustStore, char[] password) throws GeneralSecurityException, IOException {
        SSLContext ctx = SSLContextBuilder.create().loadTrustMaterial(trustStore, password).build();
        SSLConnectionSocketFactory sockets = new SSLConnectionSocketFactory(ctx);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setSSLSocketFactory(sockets).build())
                .build();
    }

    public static OkHttpClient okhttp() {
        CertificatePinner pinner = new CertificatePinner.Builder()
                .add("erp.acme-internal.com", "sha256/7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y=")
                .build();
        return new OkHttpClient.Builder().certificatePinner(pinner).build();
    }
}
