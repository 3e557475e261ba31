package com.example.ratpack;

import ratpack.core.handling.Context;
import ratpack.core.handling.Handler;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ratpack handler: link previews for the chat composer (GET /preview?url=...). */
class LinkPreviewHandler implements Handler {
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Override
    public void handle(Context ctx) throws Exception {
        String url = ctx.getRequest().getQueryParams().get("url");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString()); // expect: ssrf
        ctx.render(PreviewParser.title(page.body()));
    }
}
