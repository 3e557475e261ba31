package io.hooks.dispatch;

import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class WebhookTestController {

    public record TestRequest(String url, String event, String feed) {}

    private final RestTemplate rest;
    private final CloseableHttpClient http;

    public WebhookTestController(RestTemplate rest, CloseableHttpClient http) {
        this.rest = rest;
        this.http = http;
    }

    @PostMapping("/webhooks/test")
    public int fire(@RequestBody TestRequest body) {
        ResponseEntity<String> r = rest.postForEntity(body.url(), new SamplePayload(body.event()), String.class); // expect: ssrf
        return r.getStatusCode().value();
    }

    @PostMapping("/webhooks/feed-check")
    public String checkFeed(@RequestBody TestRequest body) throws IOException {
        try (CloseableHttpResponse resp = http.execute(new HttpGet(body.feed()))) { // expect: ssrf
            return EntityUtils.toString(resp.getEntity()).substring(0, 200);
        }
    }
}
