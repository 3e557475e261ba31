package com.acme.hooks;

import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kong.unirest.HttpResponse;
import kong.unirest.Unirest;

/** Delivers webhook events to the callback URLs customers register in their settings. */
public class WebhookDispatcher {

    private final Client client = ClientBuilder.newClient();
    private final SubscriptionStore subscriptions;

    public WebhookDispatcher(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    public int deliver(String tenantId, String eventJson) {
        Subscription sub = subscriptions.forTenant(tenantId);
        Response response = client.target(sub.getCallbackUrl()) // expect: ssrf
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(eventJson));
        try {
            return response.getStatus();
        } finally {
            response.close();
        }
    }

    /** Called when a customer clicks "send test ping" next to a URL they just typed. */
    public String ping(String callbackUrl) {
        HttpResponse<String> reply = Unirest.get(callbackUrl + "?ping=1").asString(); // expect: ssrf
        return reply.getStatus() + " " + reply.getStatusText();
    }
}
