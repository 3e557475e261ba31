package com.acme.social.preview;

import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class LinkPreviewController {

    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/preview")
    public Map<String, String> preview(@RequestParam String url) {
        String html = rest.getForObject(url, String.class); // expect: ssrf
        return Map.of("title", PreviewParser.title(html), "description", PreviewParser.description(html));
    }

    @GetMapping(value = "/preview/image", produces = "image/*")
    public ResponseEntity<byte[]> image(@RequestParam("src") String src) throws Exception {
        try (InputStream in = new URL(src).openStream()) { // expect: ssrf
            return ResponseEntity.ok(in.readNBytes(2_000_000));
        }
    }
}
