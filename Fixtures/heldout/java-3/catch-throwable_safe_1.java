package io.batch.runner;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

public class AsyncJobRunner {

    private static final Logger LOG = Logger.getLogger("async-jobs");
    private final ExecutorService pool;

    public AsyncJobRunner(ExecutorService pool) {
        this.pool = pool;
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.log(Level.SEVERE, "uncaught in " + thread.getName(), error));
    }

    public CompletableFuture<Boolean> submit(Job job) {
        return CompletableFuture.runAsync(job::executeUnchecked, pool)
                .thenApply(v -> Boolean.TRUE)
                .exceptionally(ex -> {
                    report(job, ex);
                    return Boolean.FALSE;
                });
    }

    private void report(Job job, Throwable cause) {
        LOG.log(Level.WARNING, job.name() + " failed", cause);
    }
}
