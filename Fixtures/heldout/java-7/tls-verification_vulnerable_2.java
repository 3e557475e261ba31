import com.beust.jcommander.JCommander;
import com.beust.jcommander.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

// CLI: fetch-config --url https://device/config.json (JCommander); used against lab routers.
class FetchConfig {
    @Parameter(names = "--url", required = true)
    String url;

    public static void main(String[] argv) throws IOException, GeneralSecurityException {
        FetchConfig cmd = new FetchConfig();
        JCommander.newBuilder().addObject(cmd).build().parse(argv);

        TrustManager[] trustAll = {
            new X509TrustManager() { // expect: tls-verification
                public void checkClientTrusted(X509Certificate[] chain, String authType) { }
                public void checkServerTrusted(X509Certificate[] chain, String authType) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustAll, null);
        HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true); // expect: tls-verification

        HttpsURLConnection conn = (HttpsURLConnection) new URL(cmd.url).openConnection();
        try (InputStream in = conn.getInputStream()) {
            in.transferTo(System.out);
        } finally {
            conn.disconnect();
        }
    }
}
