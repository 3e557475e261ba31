package com.example.weather;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WeatherController {

    private static final String API = "https://api.weather.example.com/v2/forecast";
    private final HttpClient client = HttpClient.newHttpClient();

    @GetMapping("/weather")
    public String forecast(@RequestParam String city) throws Exception {
        // user input only goes into the query string of a fixed host
        String q = URLEncoder.encode(city, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(API + "?city=" + q)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
