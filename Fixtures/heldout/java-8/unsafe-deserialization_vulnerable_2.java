package com.example.sessions;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;

final class CartRestorer implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;

    CartRestorer(String uri) {
        this.client = RedisClient.create(uri);
        this.connection = client.connect(ByteArrayCodec.INSTANCE);
    }

    ShoppingCart restore(String cartCookie) throws IOException, ClassNotFoundException {
        byte[] blob = connection.sync().get(("cart:" + cartCookie).getBytes(StandardCharsets.UTF_8));
        if (blob == null) {
            return new ShoppingCart();
        }
        return readCart(blob);
    }

    private static ShoppingCart readCart(byte[] blob) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(blob))) {
            return (ShoppingCart) in.readObject(); // expect: unsafe-deserialization
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
