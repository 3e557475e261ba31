package com.example.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class StripeGateway {

    private static final String API_KEY = "sk_live_51HxQ2vLkR8mPz3TqW9yBn4Ck7DfGh2Jk"; // expect: hardcoded-secret
    private final HttpClient client = HttpClient.newHttpClient();

    public String charge(long amountCents, String customer) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.stripe.com/v1/charges"))
                .header("Authorization", "Bearer " + API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("amount=" + amountCents + "&currency=eur&customer=" + customer))
                .build();
        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
