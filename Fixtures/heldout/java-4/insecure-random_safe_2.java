package com.example.kiosk;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Vert.x login endpoint of the self-service kiosk backend; sessions live in memory. */
public class KioskLoginVerticle extends AbstractVerticle {
    private static final SecureRandom RNG = new SecureRandom();

    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> csrfTokens = new ConcurrentHashMap<>();

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.post("/login").handler(this::login);
        vertx.createHttpServer().requestHandler(router).listen(8443);
    }

    private static String token(int bytes) {
        byte[] raw = new byte[bytes];
        RNG.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private void login(RoutingContext ctx) {
        String badge = ctx.request().getFormAttribute("badge");
        if (badge == null || !BadgeDirectory.isActive(badge)) {
            // slow down badge guessing a little; the delay itself needs no secrecy
            long delay = 200 + ThreadLocalRandom.current().nextInt(300);
            vertx.setTimer(delay, id -> ctx.response().setStatusCode(401).end());
            return;
        }
        String sessionId = token(32);
        String csrf = token(24);
        sessions.put(sessionId, badge);
        csrfTokens.put(sessionId, csrf);
        ctx.response()
           .addCookie(Cookie.cookie("KSESSION", sessionId).setHttpOnly(true).setSecure(true))
           .putHeader("X-CSRF-Token", csrf)
           .end();
    }
}
