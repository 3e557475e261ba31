package feeds;

import java.net.URI;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class FeedProxy {
    private static final Set<String> FEED_HOSTS = Set.of("feeds.bbci.co.uk", "rss.nytimes.com");
    private final RestTemplate http = new RestTemplate();

    @GetMapping("/feed")
    public ResponseEntity<String> feed(@RequestParam String src) {
        URI target = URI.create(src);
        if (!"https".equals(target.getScheme()) || !FEED_HOSTS.contains(target.getHost())) {
            return ResponseEntity.badRequest().body("feed not allowed");
        }
        return ResponseEntity.ok(http.getForObject(target, String.class));
    }
}
