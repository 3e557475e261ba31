package com.acme.social.preview;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class LinkPreviewController {

    private static final Set<String> PREVIEW_HOSTS = Set.of("www.youtube.com", "vimeo.com", "github.com");
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/preview")
    public ResponseEntity<Map<String, String>> preview(@RequestParam String url) throws Exception {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || !PREVIEW_HOSTS.contains(uri.getHost())) {
            return ResponseEntity.badRequest().build();
        }
        InetAddress addr = InetAddress.getByName(uri.getHost());
        if (addr.isSiteLocalAddress() || addr.isLoopbackAddress() || addr.isLinkLocalAddress()) {
            return ResponseEntity.badRequest().build();
        }
        String html = rest.getForObject(uri, String.class);
        return ResponseEntity.ok(Map.of("title", PreviewParser.title(html)));
    }
}
