package com.shop.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

public class RedisCartCache {

    private final JedisPool pool;

    public RedisCartCache(JedisPool pool) {
        this.pool = pool;
    }

    public Cart load(String sessionCookie) throws IOException, ClassNotFoundException {
        byte[] key = ("cart:" + sessionCookie).getBytes(StandardCharsets.UTF_8);
        byte[] blob;
        try (Jedis jedis = pool.getResource()) {
            blob = jedis.get(key);
        }
        if (blob == null) {
            return new Cart();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(blob))) {
            return (Cart) in.readObject(); // expect: unsafe-deserialization
        }
    }
}
