package com.example.worker;

import java.util.concurrent.BlockingQueue;

public class QueueWorker implements Runnable {

    private final BlockingQueue<Runnable> queue;

    public QueueWorker(BlockingQueue<Runnable> queue) {
        this.queue = queue;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                queue.take().run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
