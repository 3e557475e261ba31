package com.example.feeds;


import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;

/** Feeds only from a fixed list of providers, chosen by key. */
@Controller("/feeds")
public class FeedController {
    private static final java.util.Map<String, String> PROVIDERS = java.util.Map.of(
            "news", "https://feeds.example.org/news.xml",
            "sports", "https://feeds.example.org/sports.xml");

    private final HttpClient http;

    public FeedController(HttpClient http) {
        this.http = http;
    }

    @Get("/fetch")
    public String fetch(@QueryValue String provider) {
        String url = PROVIDERS.getOrDefault(provider, PROVIDERS.get("news"));
        return http.toBlocking().retrieve(HttpRequest.GET(url));
    }
}
