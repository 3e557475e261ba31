package com.acme.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** Builds a practice round for the vocabulary trainer. */
public class RoundBuilder {

    private final List<Question> bank;

    public RoundBuilder(List<Question> bank) {
        this.bank = bank;
    }

    public List<Question> round(long seed, int size) {
        List<Question> copy = new ArrayList<>(bank);
        Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, Math.min(size, copy.size()));
    }

    public long retryDelayMillis(int attempt) {
        long base = 200L << Math.min(attempt, 6);
        return base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    public String encouragement() {
        String[] lines = {"Keep going!", "Nice streak!", "Almost there!"};
        return lines[ThreadLocalRandom.current().nextInt(lines.length)];
    }
}
