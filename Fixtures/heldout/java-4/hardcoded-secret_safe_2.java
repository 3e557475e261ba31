package com.example.rides.api;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Android ride-sharing app: the HTTP client for the maps and payments backends.
 * The maps key comes from BuildConfig (injected by Gradle from local.properties, not in git);
 * payments use a short-lived session token fetched after login.
 */
public final class ApiClients {
    private static final String API_KEY_HEADER = "X-Goog-Api-Key";
    private static final String TOKEN_PLACEHOLDER = "<session-token>";

    private ApiClients() {
    }

    public static OkHttpClient maps(String mapsKey) {
        return new OkHttpClient.Builder().addInterceptor(new KeyInterceptor(API_KEY_HEADER, mapsKey)).build();
    }

    public static OkHttpClient payments(SessionStore sessions) {
        String token = sessions.currentToken();
        if (token == null || token.equals(TOKEN_PLACEHOLDER)) {
            throw new IllegalStateException("not logged in");
        }
        return new OkHttpClient.Builder()
                .addInterceptor(new KeyInterceptor("Authorization", "Bearer " + token))
                .build();
    }

    private static final class KeyInterceptor implements Interceptor {
        private final String header;
        private final String value;

        KeyInterceptor(String header, String value) {
            this.header = header;
            this.value = value;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request().newBuilder().header(header, value).build();
            return chain.proceed(request);
        }
    }
}
