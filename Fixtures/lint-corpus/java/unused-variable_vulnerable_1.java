package util;

import java.util.List;

public class Stats {
    public double average(List<Integer> values) {
        int count = values.size();
        int max = Integer.MIN_VALUE; // expect: unused-variable
        long sum = 0;
        for (int value : values) {
            sum += value;
        }
        String label = "average of " + count; // expect: unused-variable
        return count == 0 ? 0 : (double) sum / count;
    }
}
