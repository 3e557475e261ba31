package com.example.config;

import java.io.File;
import javax.net.ssl.SSLContext;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HttpClientConfig {

    @Value("${partner.truststore}")
    private File truststore;

    @Value("${partner.truststore-password}")
    private char[] truststorePassword;

    @Bean
    public CloseableHttpClient httpClient() throws Exception {
        SSLContext ssl = new SSLContextBuilder()
                .loadTrustMaterial(truststore, truststorePassword)
                .build();
        // hostname verification stays at the default (DefaultHostnameVerifier)
        return HttpClients.custom().setSSLContext(ssl).build();
    }
}
