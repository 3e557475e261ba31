package com.example.linkpreview;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Micronaut controller that builds chat link previews (title of the linked page). */
@Controller("/preview")
public class LinkPreviewController {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final HttpClient http;

    public LinkPreviewController(@Client HttpClient http) {
        this.http = http;
    }

    @Get
    public Map<String, String> preview(@QueryValue String url) {
        String html = http.toBlocking().retrieve(HttpRequest.GET(url)); // expect: ssrf
        Matcher m = TITLE.matcher(html);
        return Map.of("url", url, "title", m.find() ? m.group(1).trim() : "");
    }
}
