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
    }

    @Override
    public void run() {
        while (!isInterrupted()) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                thumbnailer.render(job.source(), job.target(), job.width());
                job.markDone();
            } catch (Throwable failure) { // expect: catch-throwable
                log.error("job {} failed", job.id(), failure);
                job.markFailed(failure.getMessage());
            }
        }
    }
}
