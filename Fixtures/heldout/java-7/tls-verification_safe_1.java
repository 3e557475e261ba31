import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.File;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.DefaultAsyncHttpClientConfig;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

// Inventory sync against the warehouse appliances' HTTPS API; the site CA is pinned as the only trust anchor.
class WarehouseSync implements AutoCloseable {
    private final AsyncHttpClient http;
    private final String baseUrl;

    WarehouseSync(String baseUrl, File siteCa) throws SSLException {
        this.baseUrl = baseUrl;
        SslContext tls = SslContextBuilder.forClient().trustManager(siteCa).build();
        DefaultAsyncHttpClientConfig config = new DefaultAsyncHttpClientConfig.Builder()
                .setConnectTimeout(5_000)
                .setSslContext(tls)
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
