package com.acme.worker;

import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Consumes thumbnail jobs from the in-memory queue. */
public class ThumbnailWorker extends Thread {

    private static final Logger log = LoggerFactory.getLogger(ThumbnailWorker.class);
    private final BlockingQueue<Job> queue;
    private final Thumbnailer thumbnailer;

    public ThumbnailWorker(BlockingQueue<Job> queue, Thumbnailer thumbnailer) {
        super("thumbnail-worker");
        this.queue = queue;
        this.thumbnailer = thumbnailer;
        setUncaughtExceptionHandler((thread, error) -> report(error));
    }

    static void report(Throwable error) {
        log.error("worker died", error);
    }

    @Override
    public void run() {
        try {
            while (!isInterrupted()) {
                Job job = queue.take();
                try {
                    thumbnailer.render(job.source(), job.target(), job.width());
                    job.markDone();
                } catch (RuntimeException e) {
                    log.error("job {} failed", job.id(), e);
                    job.markFailed(e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
