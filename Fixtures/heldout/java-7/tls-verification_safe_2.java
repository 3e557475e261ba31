import com.beust.jcommander.JCommander;
import com.beust.jcommander.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

// CLI: fetch-config --url https://device/config.json --truststore lab.p12 (JCommander).
class FetchConfig {
    @Parameter(names = "--url", required = true)
    String url;

    @Parameter(names = "--truststore", required = true)
    String trustStore;

    public static void main(String[] argv) throws IOException, GeneralSecurityException {
        FetchConfig cmd = new FetchConfig();
        JCommander.newBuilder().addObject(cmd).build().parse(argv);

        KeyStore anchors = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(cmd.trustStore))) {
            anchors.load(in, null);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);

        HttpsURLConnection conn = (HttpsURLConnection) new URL(cmd.url).openConnection();
        conn.setSSLSocketFactory(tls.getSocketFactory());
        try (InputStream in = conn.getInputStream()) {
            in.transferTo(System.out);
        } finally {
            conn.disconnect();
        }
    }
}
