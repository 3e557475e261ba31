package org.harbor.grades;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints each student's average from a CSV of marks: name,mark1,mark2,... */
final class Averages {

    private Averages() {}

    public static void main(String[] args) throws IOException {
        List<String> rows = Files.readAllLines(Path.of(args[0]));
        double best = 0;
        for (String row : rows) {
            String[] cells = row.split(",");
            double total = 0;
            int count = cells.length - 1;
            String firstMark = cells[1]; // expect: unused-variable
            for (int i = 1; i < cells.length; i++) {
                total += Double.parseDouble(cells[i]);
            }
            double average = count == 0 ? 0 : total / count;
            best = Math.max(best, average);
            System.out.printf("%-20s %6.2f%n", cells[0], average);
        }
        System.out.printf("best average: %.2f%n", best);
    }
}
