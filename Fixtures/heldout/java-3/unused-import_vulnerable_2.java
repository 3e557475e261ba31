package org.gradebook.stats;

import static java.util.stream.Collectors.toList; // expect: unused-import

import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.function.Predicate; // expect: unused-import

public final class ScoreStats {

    private ScoreStats() {
    }

    public static String describe(int[] scores) {
        IntSummaryStatistics s = Arrays.stream(scores).summaryStatistics();
        long passed = Arrays.stream(scores).filter(x -> x >= 50).count();
        return String.format("n=%d min=%d max=%d avg=%.1f passed=%d",
                s.getCount(), s.getMin(), s.getMax(), s.getAverage(), passed);
    }
}
