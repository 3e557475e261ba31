package com.example.hooks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Quarkus REST resource: webhook tests go through the egress relay (which enforces the tenant's
 * verified domains and blocks internal ranges); avatars come from the fixed Gravatar host.
 */
@Path("/tenants/settings")
@ApplicationScoped
public class TenantSettingsResource {
    private static final URI RELAY = URI.create("https://egress-relay.example.com/v1/deliver");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AvatarStore avatars;

    public TenantSettingsResource(AvatarStore avatars) {
        this.avatars = avatars;
    }

    @POST
    @Path("/webhook/test")
    public Response testWebhook(WebhookForm form) throws IOException, InterruptedException {
        String body = "{\"tenant\":" + form.tenantId() + ",\"hook\":" + form.hookId() + ",\"event\":\"ping\"}";
        HttpRequest ping = HttpRequest.newBuilder(RELAY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        HttpResponse<String> resp = client.send(ping, HttpResponse.BodyHandlers.ofString());
        return Response.ok(resp.statusCode() + " " + resp.body()).build();
    }

    @POST
    @Path("/avatar")
    public Response avatar(AvatarForm form) throws IOException, InterruptedException {
        String hash = URLEncoder.encode(form.emailHash(), StandardCharsets.UTF_8);
        URI uri = URI.create("https://www.gravatar.com/avatar/" + hash + "?s=256&d=identicon");
        HttpResponse<byte[]> resp = client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        avatars.save(form.tenantId(), resp.body());
        return Response.noContent().build();
    }
}
