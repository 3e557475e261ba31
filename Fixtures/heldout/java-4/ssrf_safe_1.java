package com.example.linkpreview;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.exceptions.HttpStatusException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Micronaut controller that builds chat link previews, for a fixed set of sites only. */
@Controller("/preview")
public class LinkPreviewController {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> PREVIEW_HOSTS = Set.of("github.com", "gitlab.com", "en.wikipedia.org", "docs.oracle.com");

    private final HttpClient http;

    public LinkPreviewController(@Client HttpClient http) {
        this.http = http;
    }

    @Get
    public Map<String, String> preview(@QueryValue String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !PREVIEW_HOSTS.contains(uri.getHost())
                || uri.getPort() != -1 || resolvesPrivate(uri.getHost())) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "no preview for this link");
        }
        String html = http.toBlocking().retrieve(HttpRequest.GET(uri));
        Matcher m = TITLE.matcher(html);
        return Map.of("url", uri.toString(), "title", m.find() ? m.group(1).trim() : "");
    }

    private static boolean resolvesPrivate(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
