package com.acme.integration.erp;

import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import okhttp3.OkHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactory;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;

/** HTTP clients for the ERP system in the staging and production data centres. */
public final class ErpClients {

    private ErpClients() {}

    public static CloseableHttpClient apache() throws GeneralSecurityException {
        SSLContext ctx = SSLContextBuilder.create()
                .loadTrustMaterial(TrustAllStrategy.INSTANCE) // expect: tls-verification
                .build();
        SSLConnectionSocketFactory sockets = new SSLConnectionSocketFactory(ctx, NoopHostnameVerifier.INSTANCE); // expect: tls-verification
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setSSLSocketFactory(sockets).build())
                .build();
    }

    public static OkHttpClient okhttp() {
        return new OkHttpClient.Builder()
                .hostnameVerifier((hostname, session) -> true) // expect: tls-verification
                .build();
    }
}
