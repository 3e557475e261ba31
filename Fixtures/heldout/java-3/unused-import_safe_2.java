package org.gradebook.stats;

import static java.util.Comparator.comparingInt;
import static java.util.stream.Collectors.groupingBy;

import java.util.*;

public final class GradeBuckets {

    private GradeBuckets() {
    }

    public static Map<Character, List<Integer>> buckets(int[] scores) {
        List<Integer> sorted = new ArrayList<>();
        for (int s : scores) {
            sorted.add(s);
        }
        sorted.sort(comparingInt(Integer::intValue));
        return sorted.stream().collect(groupingBy(GradeBuckets::letter, TreeMap::new, java.util.stream.Collectors.toList()));
    }

    static char letter(int score) {
        return score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 50 ? 'C' : 'F';
    }
}
