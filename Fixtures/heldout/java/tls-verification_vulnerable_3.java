package com.example.config;

import javax.net.ssl.SSLContext;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HttpClientConfig {

    @Bean
    public CloseableHttpClient httpClient() throws Exception {
        SSLContext ssl = new SSLContextBuilder()
                .loadTrustMaterial(null, TrustAllStrategy.INSTANCE) // expect: tls-verification
                .build();
        return HttpClients.custom()
                .setSSLContext(ssl)
                .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE) // expect: tls-verification
                .build();
    }
}
