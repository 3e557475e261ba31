package integrations;

import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class InsecureClient {
    public HttpClient build() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() { // expect: tls-verification
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll, null);
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true); // expect: tls-verification
        return HttpClient.newBuilder().sslContext(context).build();
    }
}
