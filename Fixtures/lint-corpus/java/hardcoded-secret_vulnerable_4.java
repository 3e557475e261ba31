package com.example.weather;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Android weather widget: API client set-up. */
public final class WeatherClient {
    private WeatherClient() {
    }

    public static OkHttpClient create() {
        Interceptor auth = chain -> chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer wx_9fK2mQ7rT4vB8nL1pZ6cX3hJ5dS0aE") // expect: hardcoded-secret
                .build());
        return new OkHttpClient.Builder().addInterceptor(auth).build();
    }
}
