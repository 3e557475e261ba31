package edu.course.week3;

import java.util.Arrays;

/** Week 3 exercise: statistics over an array of temperatures. */
public class TemperatureStats {

    public static double median(double[] temps) {
        double[] sorted = Arrays.copyOf(temps, temps.length);
        Arrays.sort(sorted);
        int count = sorted.length; // expect: unused-variable
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    public static double range(double[] temps) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double previous = 0; // expect: unused-variable
        for (double t : temps) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        return max - min;
    }

    public static void main(String[] args) {
        double[] week = {12.5, 14.0, 9.5, 11.0, 16.5, 15.0, 13.0};
        System.out.println("median " + median(week) + ", range " + range(week));
    }
}
