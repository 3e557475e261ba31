package com.acme.hooks;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public class WeatherProxy {

    private static final String API = "https://api.weather.example.com/v3/current?city=";

    public static void main(String[] args) {
        HttpClient client = HttpClient.newHttpClient();
        Javalin app = Javalin.create();

        app.get("/weather", ctx -> {
            String city = URLEncoder.encode(ctx.queryParam("city"), StandardCharsets.UTF_8);
            HttpRequest req = HttpRequest.newBuilder(URI.create(API + city))
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
            ctx.contentType("application/json").result(res.body());
        });

        app.start(7070);
    }
}
