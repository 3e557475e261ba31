import java.util.concurrent.CompletableFuture;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Response;
import org.jobrunr.jobs.annotations.Job;

// JobRunr job: delivers an order event to the webhook URL the merchant entered in the settings page.
class WebhookDeliveryJob {
    private final AsyncHttpClient http;
    private final WebhookSettings settings;

    WebhookDeliveryJob(AsyncHttpClient http, WebhookSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Job(name = "Deliver %1 to merchant %0", retries = 5)
    public void deliver(long merchantId, String eventJson) {
        String endpoint = settings.webhookUrlFor(merchantId);
        CompletableFuture<Response> sent = http.preparePost(endpoint) // expect: ssrf
                .setHeader("Content-Type", "application/json")
                .setBody(eventJson)
                .setFollowRedirect(true)
                .execute()
                .toCompletableFuture();
        Response response = sent.join();
        settings.recordDelivery(merchantId, response.getStatusCode());
    }
}
