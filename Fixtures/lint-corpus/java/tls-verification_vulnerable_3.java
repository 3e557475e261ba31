import javax.net.ssl.*;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

public class Clients {
    public static void relaxHostnames() {
        HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() { // expect: tls-verification
            @Override
            public boolean verify(String host, SSLSession session) {
                return true;
            }
        });
    }

    public SslContext netty() throws SSLException {
        return SslContextBuilder.forClient()
                .trustManager(InsecureTrustManagerFactory.INSTANCE) // expect: tls-verification
                .build();
    }
}
