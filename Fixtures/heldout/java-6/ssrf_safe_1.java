package com.example.ratpack;

import ratpack.core.handling.Context;
import ratpack.core.handling.Handler;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** Ratpack handler: link previews for the chat composer, limited to a few known sites. */
class LinkPreviewHandler implements Handler {
    private static final Set<String> PREVIEW_HOSTS = Set.of("github.com", "www.youtube.com", "en.wikipedia.org");
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public void handle(Context ctx) throws Exception {
        URI given = URI.create(ctx.getRequest().getQueryParams().get("url"));
        if (!"https".equals(given.getScheme()) || given.getPort() != -1 || !PREVIEW_HOSTS.contains(given.getHost())) {
            ctx.getResponse().status(400).send();
            return;
        }
        URI checked = new URI("https", given.getHost(), given.getPath(), null);
        HttpRequest request = HttpRequest.newBuilder(checked).GET().build();
        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
        ctx.render(PreviewParser.title(page.body()));
    }
}
