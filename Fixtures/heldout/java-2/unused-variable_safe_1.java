package edu.course.week3;

import java.util.Arrays;

/** Week 3 exercise: statistics over an array of temperatures. */
public class TemperatureStats {

    public static double median(double[] temps) {
        double[] sorted = Arrays.copyOf(temps, temps.length);
        Arrays.sort(sorted);
        int count = sorted.length;
        int mid = count / 2;
        return count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    public static double biggestJump(double[] temps) {
        double previous = temps[0];
        double biggest = 0;
        for (double t : temps) {
            biggest = Math.max(biggest, Math.abs(t - previous));
            previous = t;
        }
        return biggest;
    }

    public static void main(String[] args) {
        double[] week = {12.5, 14.0, 9.5, 11.0, 16.5, 15.0, 13.0};
        System.out.println("median " + median(week) + ", biggest jump " + biggestJump(week));
    }
}
