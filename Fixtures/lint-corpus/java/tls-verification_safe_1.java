package integrations;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public class PinnedClient {
    public HttpClient build(InputStream trustStore, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(trustStore, password);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }
}
