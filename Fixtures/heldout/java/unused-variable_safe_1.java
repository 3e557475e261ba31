package com.example.grades;

import java.util.List;

/** Exercise 5: grade statistics. */
public class GradeStats {

    public static double average(List<Integer> grades) {
        int count = grades.size();
        double sum = 0;
        for (int g : grades) {
            sum += g;
        }
        return count == 0 ? 0 : sum / count;
    }

    public static int max(List<Integer> grades) {
        int max = Integer.MIN_VALUE;
        for (int g : grades) {
            if (g > max) {
                max = g;
            }
        }
        return max;
    }

    public static int countPasses(List<Integer> grades) {
        int passes = 0;
        for (int g : grades) {
            if (g >= 55) {
                passes++;
            }
        }
        return passes;
    }
}
