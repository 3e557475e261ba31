package com.example.http;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** HTTP client helpers: retry jitter and client-side load balancing. */
public class RetryingClient {

    private final List<String> backends;
    private final Random shuffle = new Random();

    public RetryingClient(List<String> backends) {
        this.backends = backends;
    }

    public String pickBackend() {
        return backends.get(shuffle.nextInt(backends.size()));
    }

    public <T> T withRetry(IoCall<T> call) throws IOException, InterruptedException {
        long delay = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (IOException e) {
                if (attempt == 5) {
                    throw e;
                }
                long jitter = ThreadLocalRandom.current().nextLong(delay / 2 + 1);
                Thread.sleep(delay + jitter);
                delay = Math.min(delay * 2, 5_000);
            }
        }
    }

    public interface IoCall<T> {
        T run() throws IOException;
    }
}
