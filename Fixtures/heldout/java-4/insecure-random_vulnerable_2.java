package com.example.kiosk;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.lang3.RandomStringUtils;

/** Vert.x login endpoint of the self-service kiosk backend; sessions live in memory. */
public class KioskLoginVerticle extends AbstractVerticle {
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> csrfTokens = new ConcurrentHashMap<>();

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.post("/login").handler(this::login);
        vertx.createHttpServer().requestHandler(router).listen(8443);
    }

    private void login(RoutingContext ctx) {
        String badge = ctx.request().getFormAttribute("badge");
        if (badge == null || !BadgeDirectory.isActive(badge)) {
            ctx.response().setStatusCode(401).end();
            return;
        }
        String sessionId = Long.toHexString(ThreadLocalRandom.current().nextLong()); // expect: insecure-random
        String csrf = RandomStringUtils.randomAlphanumeric(32); // expect: insecure-random
        sessions.put(sessionId, badge);
        csrfTokens.put(sessionId, csrf);
        ctx.response()
           .addCookie(Cookie.cookie("KSESSION", sessionId).setHttpOnly(true).setSecure(true))
           .putHeader("X-CSRF-Token", csrf)
           .end();
    }
}
