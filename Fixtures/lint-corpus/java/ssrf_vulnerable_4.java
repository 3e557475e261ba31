package com.example.feeds;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Feed reader endpoints: fetch a feed and import an OPML file from a link. */
@Controller("/feeds")
public class FeedController {
    private final HttpClient http;
    private final OkHttpClient ok = new OkHttpClient();

    public FeedController(HttpClient http) {
        this.http = http;
    }

    @Get("/fetch")
    public String fetch(@QueryValue String feedUrl) {
        return http.toBlocking().retrieve(HttpRequest.GET(feedUrl)); // expect: ssrf
    }

    @Post("/import")
    public int importOpml(ImportForm form) throws java.io.IOException {
        Request request = new Request.Builder().url(form.link()).build(); // expect: ssrf
        try (okhttp3.Response response = ok.newCall(request).execute()) {
            return response.body().string().length();
        }
    }
}
