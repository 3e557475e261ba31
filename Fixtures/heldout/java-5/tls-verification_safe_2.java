package com.acme.telemetry;

import kong.unirest.Unirest;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Pulls metrics from the edge routers (Jetty client) and pushes summaries to the NOC dashboard (Unirest). */
public class RouterMetricsPoller {

    private final HttpClient http;

    public RouterMetricsPoller(String routerTrustStore, String trustStorePassword) throws Exception {
        SslContextFactory.Client ssl = new SslContextFactory.Client(false);
        ssl.setTrustStorePath(routerTrustStore);
        ssl.setTrustStorePassword(trustStorePassword);
        ssl.setEndpointIdentificationAlgorithm("HTTPS");
        this.http = new HttpClient(ssl);
        http.start();
        Unirest.config()
                .verifySsl(true)
                .connectTimeout(2000);
    }

    public void pollOnce(String router) throws Exception {
        ContentResponse metrics = http.GET("https://" + router + ":8443/metrics");
        Unirest.post("https://noc.acme.io/api/routers/" + router)
                .header("Content-Type", "text/plain")
                .body(metrics.getContentAsString())
                .asEmpty();
    }
}
