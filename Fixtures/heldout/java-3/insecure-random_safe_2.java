package org.library.sync;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

public class CatalogSync {

    private final Random sampleRng = new Random(42L);

    Duration backoff(int attempt) {
        long base = Math.min(30_000L, 500L << Math.min(attempt, 6));
        long jitter = ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return Duration.ofMillis(base / 2 + jitter);
    }

    int[] sampleShelf(int shelfSize, int count) {
        int[] picks = new int[count];
        for (int i = 0; i < count; i++) {
            picks[i] = sampleRng.nextInt(shelfSize);
        }
        return picks;
    }

    String greeting() {
        String[] lines = {"Happy reading!", "See you soon!", "Enjoy your books!"};
        return lines[(int) (Math.random() * lines.length)];
    }
}
