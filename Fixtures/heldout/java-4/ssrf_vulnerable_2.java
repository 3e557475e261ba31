package com.example.hooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Quarkus REST resource: tenants register webhooks and an avatar image URL. */
@Path("/tenants/settings")
@ApplicationScoped
public class TenantSettingsResource {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AvatarStore avatars;

    public TenantSettingsResource(AvatarStore avatars) {
        this.avatars = avatars;
    }

    @POST
    @Path("/webhook/test")
    public Response testWebhook(WebhookForm form) throws IOException, InterruptedException {
        HttpRequest ping = HttpRequest.newBuilder(URI.create(form.url())) // expect: ssrf
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"ping\"}"))
                .header("Content-Type", "application/json")
                .build();
        HttpResponse<String> resp = client.send(ping, HttpResponse.BodyHandlers.ofString());
        return Response.ok(resp.statusCode() + " " + resp.body()).build();
    }

    @POST
    @Path("/avatar")
    public Response avatar(AvatarForm form) throws IOException {
        try (InputStream in = new URL(form.imageUrl()).openStream()) { // expect: ssrf
            avatars.save(form.tenantId(), in.readNBytes(2_000_000));
        }
        return Response.noContent().build();
    }
}
