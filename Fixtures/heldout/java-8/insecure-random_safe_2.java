package com.example.sessions;

import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.security.SecureRandom;
import java.util.HexFormat;

final class KioskSessions implements AutoCloseable {
    private static final SecureRandom RNG = new SecureRandom();
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
        byte[] raw = new byte[16];
        RNG.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
