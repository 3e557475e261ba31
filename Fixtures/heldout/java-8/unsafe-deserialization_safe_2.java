package com.example.sessions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;

final class CartRestorer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    CartRestorer(String uri) {
        this.client = RedisClient.create(uri);
        this.connection = client.connect();
    }

    ShoppingCart restore(String cartCookie) throws IOException {
        String json = connection.sync().get("cart:" + cartCookie);
        if (json == null) {
            return new ShoppingCart();
        }
        return JSON.readValue(json, ShoppingCart.class);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
