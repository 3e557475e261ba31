package edu.course.week7;

import static java.lang.Math.max;
import static java.util.Objects.requireNonNull;

import java.util.*;
import java.util.stream.Collectors;

/** Week 7: a leaderboard that keeps the best score of each player. */
public class Leaderboard {

    private final Map<String, Integer> best = new HashMap<>();

    public void record(String player, int score) {
        best.merge(requireNonNull(player, "player"), score, (a, b) -> max(a, b));
    }

    public List<String> top(int n) {
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.toList());
    }
}
