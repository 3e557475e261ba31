package com.example.sessions;

import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.concurrent.ThreadLocalRandom;

final class KioskSessions implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    KioskSessions(String redisUri) {
        this.client = RedisClient.create(redisUri);
        this.connection = client.connect();
    }

    String open(String kioskId, String staffBadge) {
        String sessionId = newSessionId();
        RedisCommands<String, String> redis = connection.sync();
        redis.set("kiosk-session:" + sessionId, kioskId + "|" + staffBadge, SetArgs.Builder.ex(900));
        return sessionId;
    }

    private static String newSessionId() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        return Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong()); // expect: insecure-random
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
