package com.acme.hooks;

import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kong.unirest.HttpResponse;
import kong.unirest.Unirest;

/** Delivers webhook events through the egress relay, which enforces the customers' verified endpoints. */
public class WebhookDispatcher {

    private static final String RELAY = "https://egress-relay.internal.acme.io/v1/deliver";
    private static final String RELAY_HEALTH = "https://egress-relay.internal.acme.io/healthz";

    private final Client client = ClientBuilder.newClient();
    private final SubscriptionStore subscriptions;

    public WebhookDispatcher(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    public int deliver(String tenantId, String eventJson) {
        Subscription sub = subscriptions.forTenant(tenantId);
        Response response = client.target(RELAY)
                .queryParam("subscription", sub.getId())
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(eventJson));
        try {
            return response.getStatus();
        } finally {
            response.close();
        }
    }

    public String ping() {
        HttpResponse<String> reply = Unirest.get(RELAY_HEALTH).asString();
        return reply.getStatus() + " " + reply.getStatusText();
    }
}
