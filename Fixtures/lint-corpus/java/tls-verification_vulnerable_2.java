package mirror;

import okhttp3.OkHttpClient;

public final class Clients {
    private Clients() {}

    public static OkHttpClient lenient() {
        return new OkHttpClient.Builder()
                .hostnameVerifier((host, session) -> true) // expect: tls-verification
                .build();
    }
}
