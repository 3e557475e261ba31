package com.example.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WebhookTestController {

    private final HttpClient client = HttpClient.newHttpClient();

    /** "Send test event" button on the webhook settings page. */
    @PostMapping("/webhooks/test")
    public int test(@RequestParam String callbackUrl) throws Exception {
        if (callbackUrl.contains("localhost") || callbackUrl.contains("127.0.0.1")) {
            return 400;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl)) // expect: ssrf
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"test\"}"))
                .header("Content-Type", "application/json")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
