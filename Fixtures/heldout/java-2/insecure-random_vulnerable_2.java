package com.acme.chat.session;

import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Session registry for the websocket chat server. */
public class SessionRegistry {

    private final ConcurrentHashMap<String, String> sessions = new ConcurrentHashMap<>();

    public String open(String userName) {
        long a = ThreadLocalRandom.current().nextLong(); // expect: insecure-random
        long b = ThreadLocalRandom.current().nextLong(); // expect: insecure-random
        String sessionId = HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
        sessions.put(sessionId, userName);
        return sessionId;
    }

    public String guestName() {
        return "guest-" + (int) (Math.random() * 10_000);
    }

    public String inviteToken(String room) {
        String token = Long.toString((long) (Math.random() * Long.MAX_VALUE), 36); // expect: insecure-random
        sessions.put("invite:" + token, room);
        return token;
    }
}
