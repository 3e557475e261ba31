import java.util.concurrent.ExecutionException;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.DefaultAsyncHttpClientConfig;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

// Inventory sync against the warehouse appliances' HTTPS API (self-signed certificates on site).
class WarehouseSync implements AutoCloseable {
    private final AsyncHttpClient http;
    private final String baseUrl;

    WarehouseSync(String baseUrl) {
        this.baseUrl = baseUrl;
        DefaultAsyncHttpClientConfig config = new DefaultAsyncHttpClientConfig.Builder()
                .setConnectTimeout(5_000)
                .setUseInsecureTrustManager(true) // expect: tls-verification
                .setFollowRedirect(false)
                .build();
        this.http = Dsl.asyncHttpClient(config);
    }

    String stockLevels(String site) throws InterruptedException, ExecutionException {
        Response response = http.prepareGet(baseUrl + "/api/v2/stock")
                .addQueryParam("site", site)
                .execute()
                .get();
        return response.getResponseBody();
    }

    @Override
    public void close() throws Exception {
        http.close();
    }
}
