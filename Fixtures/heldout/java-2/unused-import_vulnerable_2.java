package edu.course.week7;

import static java.lang.Math.max;
import static java.util.Objects.requireNonNull; // expect: unused-import

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors; // expect: unused-import

/** Week 7: a leaderboard that keeps the best score of each player. */
public class Leaderboard {

    private final List<Entry> entries = new ArrayList<>();

    public void record(String player, int score) {
        for (Entry e : entries) {
            if (e.player.equals(player)) {
                e.best = max(e.best, score);
                return;
            }
        }
        entries.add(new Entry(player, score));
    }

    public List<Entry> top(int n) {
        List<Entry> sorted = new ArrayList<>(entries);
        Collections.sort(sorted, (a, b) -> Integer.compare(b.best, a.best));
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    static class Entry {
        final String player;
        int best;

        Entry(String player, int best) {
            this.player = player;
            this.best = best;
        }
    }
}
