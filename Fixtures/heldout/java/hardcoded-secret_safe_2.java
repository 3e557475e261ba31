package com.example.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class StripeGateway {

    private static final String API_KEY_PROPERTY = "stripe.api-key";
    private static final String AUTH_HEADER = "Authorization";

    private final String apiKey;
    private final HttpClient client = HttpClient.newHttpClient();

    public StripeGateway(@Value("${" + API_KEY_PROPERTY + "}") String apiKey) {
        this.apiKey = apiKey;
    }

    public String charge(long amountCents, String customer) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.stripe.com/v1/charges"))
                .header(AUTH_HEADER, "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString("amount=" + amountCents + "&currency=eur&customer=" + customer))
                .build();
        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
