package io.hooks.dispatch;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public class GeoLookup {

    private static final String API = "https://geo.internal-tools.example.com/v2/lookup?city=";
    private final HttpClient client = HttpClient.newHttpClient();

    public String lookup(String city) throws IOException, InterruptedException {
        String q = URLEncoder.encode(city, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + q))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("geo lookup failed: " + resp.statusCode());
        }
        return resp.body();
    }
}
