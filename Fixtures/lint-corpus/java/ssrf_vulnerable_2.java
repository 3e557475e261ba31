package preview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class WebhookTester {
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/webhooks/test")
    public String test(@RequestParam String callback) {
        return rest.getForObject(callback + "?ping=1", String.class); // expect: ssrf
    }
}
