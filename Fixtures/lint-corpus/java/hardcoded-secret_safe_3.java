package com.example.weather;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** The same client with the token from the build's configuration. */
public final class WeatherClient {
    private static final String AUTH_HEADER = "Authorization";
    private static final String EXAMPLE_HEADER = "Bearer YOUR_WEATHER_TOKEN";

    private WeatherClient() {
    }

    public static OkHttpClient create(String token) {
        Interceptor auth = chain -> chain.proceed(chain.request().newBuilder()
                .header(AUTH_HEADER, "Bearer " + token)
                .build());
        return new OkHttpClient.Builder().addInterceptor(auth).build();
    }
}
