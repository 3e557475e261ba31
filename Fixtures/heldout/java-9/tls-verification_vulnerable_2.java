package org.harbor.telemetry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Command-line probe: checks that each internal dashboard answers with 200. */
final class DashboardProbe {

    private DashboardProbe() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true"); // expect: tls-verification
        HttpClient client = HttpClient.newHttpClient();
        int failures = 0;
        for (String target : args) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target)).GET().build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            System.out.println(target + " -> " + response.statusCode());
            if (response.statusCode() != 200) {
                failures++;
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
