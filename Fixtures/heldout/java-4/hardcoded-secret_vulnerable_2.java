package com.example.rides.api;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Android ride-sharing app: the HTTP client for the maps and payments backends. */
public final class ApiClients {
    private static final String MAPS_API_KEY = "AIzaSyD4x9Qm2Lr7Tn0Pb5Vc8Wk1Hz3Js6Ff2Ge"; // expect: hardcoded-secret

    private ApiClients() {
    }

    public static OkHttpClient maps() {
        return new OkHttpClient.Builder().addInterceptor(new KeyInterceptor("X-Goog-Api-Key", MAPS_API_KEY)).build();
    }

    public static OkHttpClient payments() {
        return new OkHttpClient.Builder()
                .addInterceptor(new KeyInterceptor("Authorization", "Bearer sk_live_51Hx9TqLm2Zr8Vb3Nc7Wd0Ke4Pf6Gy1Ja")) // expect: hardcoded-secret
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
