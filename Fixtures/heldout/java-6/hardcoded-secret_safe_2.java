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
    private static final String JWT_SIGNING_KEY_PROPERTY = "kiosk.jwt.signingKey";
    private final SecretKey key;

    {
        key = Keys.hmacShaKeyFor(getConfig().getString(JWT_SIGNING_KEY_PROPERTY).getBytes(StandardCharsets.UTF_8));
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
