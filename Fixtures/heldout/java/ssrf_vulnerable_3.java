package com.example.meta;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class LinkUnfurlController {

    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/unfurl")
    public String unfurl(@RequestParam String link) {
        return rest.getForObject(link, String.class); // expect: ssrf
    }

    @GetMapping("/status/{host}")
    public String status(@PathVariable String host) {
        return rest.getForObject("http://" + host + ":8080/actuator/health", String.class); // expect: ssrf
    }
}
