package com.linkpreview.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

@RestController
public class SafePreviewController {

    private static final Set<String> ALLOWED = Set.of("youtube.com", "www.youtube.com", "vimeo.com", "github.com");
    private final WebClient web = WebClient.create();

    @GetMapping("/embed")
    public Mono<String> embed(@RequestParam String url) throws UnknownHostException {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !ALLOWED.contains(uri.getHost())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unsupported site");
        }
        InetAddress addr = InetAddress.getByName(uri.getHost());
        if (addr.isLoopbackAddress() || addr.isSiteLocalAddress() || addr.isLinkLocalAddress()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "private address");
        }
        return web.get().uri(uri).retrieve().bodyToMono(String.class);
    }
}
