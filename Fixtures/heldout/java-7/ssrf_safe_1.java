import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Response;
import org.jobrunr.jobs.annotations.Job;

// JobRunr job: delivers an order event to the merchant's webhook once the URL passes the checks.
class WebhookDeliveryJob {
    private final AsyncHttpClient http;
    private final WebhookSettings settings;

    WebhookDeliveryJob(AsyncHttpClient http, WebhookSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Job(name = "Deliver %1 to merchant %0", retries = 5)
    public void deliver(long merchantId, String eventJson) throws UnknownHostException {
        URI endpoint = URI.create(settings.webhookUrlFor(merchantId));
        if (!"https".equals(endpoint.getScheme()) || endpoint.getPort() != -1 || !isPublic(endpoint.getHost())) {
            settings.disable(merchantId, "webhook URL rejected");
            return;
        }
        URI checked = URI.create("https://" + endpoint.getHost() + endpoint.getRawPath());
        CompletableFuture<Response> sent = http.preparePost(checked.toString())
                .setHeader("Content-Type", "application/json")
                .setBody(eventJson)
                .setFollowRedirect(false)
                .execute()
                .toCompletableFuture();
        Response response = sent.join();
        settings.recordDelivery(merchantId, response.getStatusCode());
    }

    private static boolean isPublic(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                return false;
            }
        }
        return true;
    }
}
