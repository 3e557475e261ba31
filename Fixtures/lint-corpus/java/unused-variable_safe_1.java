package util;

import java.util.List;

public class Stats {
    public double average(List<Integer> values) {
        int count = values.size();
        long sum = 0;
        for (int value : values) {
            sum += value;
        }
        return count == 0 ? 0 : (double) sum / count;
    }
}
