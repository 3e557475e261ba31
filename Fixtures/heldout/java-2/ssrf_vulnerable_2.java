package com.acme.hooks;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;

public class WebhookTester {

    public static void main(String[] args) {
        HttpClient client = HttpClient.newHttpClient();
        Javalin app = Javalin.create();

        app.post("/webhooks/test", ctx -> {
            String target = ctx.formParam("endpoint");
            HttpRequest req = HttpRequest.newBuilder(URI.create(target)) // expect: ssrf
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"ping\"}"))
                    .build();
            HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
            ctx.json(java.util.Map.of("status", res.statusCode()));
        });

        app.get("/feeds/title", ctx -> {
            String title = Jsoup.connect(ctx.queryParam("site")).get().title(); // expect: ssrf
            ctx.result(title);
        });

        app.start(7070);
    }
}
