package com.example.jooby;

import io.jooby.Context;
import io.jooby.Jooby;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;

/** Jooby 3 app: issues short-lived JWTs for the kiosk app after a PIN login. */
class KioskAuthApp extends Jooby {
    private static final String JWT_SIGNING_KEY = "k10sk-7c1d2b9e4f8a6035-d7e2c9b1a4f60835-prod"; // expect: hardcoded-secret
    private final SecretKey key = Keys.hmacShaKeyFor(JWT_SIGNING_KEY.getBytes(StandardCharsets.UTF_8));

    {
        post("/kiosk/login", this::login);
    }

    private String login(Context ctx) {
        String kioskId = ctx.form("kiosk").value();
        KioskDirectory directory = require(KioskDirectory.class);
        if (!directory.checkPin(kioskId, ctx.form("pin").value())) {
            throw new SecurityException("bad pin");
        }
        return Jwts.builder()
                .subject(kioskId)
                .expiration(Date.from(Instant.now().plusSeconds(900)))
                .signWith(key)
                .compact();
    }
}
