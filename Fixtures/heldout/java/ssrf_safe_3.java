package com.example.meta;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class ServiceStatusController {

    private static final Map<String, String> SERVICES = Map.of(
            "billing", "http://billing.internal:8080",
            "search", "http://search.internal:8080",
            "mail", "http://mail.internal:8080");

    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/status/{service}")
    public String status(@PathVariable String service) {
        String base = SERVICES.get(service);
        if (base == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return rest.getForObject(base + "/actuator/health", String.class);
    }
}
