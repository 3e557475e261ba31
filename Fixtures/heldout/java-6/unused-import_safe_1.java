package com.example.ratpack;

import ratpack.core.handling.Context;
import ratpack.core.handling.Handler;
import ratpack.core.http.Status;
import ratpack.core.jackson.Jackson;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Ratpack handler: health endpoint with the service's start time and queue depth. */
class HealthHandler implements Handler {
    private final Instant startedAt = Instant.now();
    private final JobQueue queue;

    HealthHandler(JobQueue queue) {
        this.queue = queue;
    }

    @Override
    public void handle(Context ctx) {
        Optional<Integer> depth = queue.depthIfReachable();
        if (depth.isEmpty()) {
            ctx.getResponse().status(Status.of(503)).send();
            return;
        }
        ctx.render(Jackson.json(Map.of(
                "status", "up",
                "startedAt", startedAt.toString(),
                "queueDepth", depth.get())));
    }
}
