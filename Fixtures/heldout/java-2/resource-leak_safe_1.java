package edu.course.week9;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Week 9: read grades.csv, compute averages, write report.txt. */
public class GradeReport {

    static List<double[]> readGrades(String path) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new FileReader(path))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length - 1];
                for (int i = 1; i < cells.length; i++) {
                    row[i - 1] = Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void writeReport(List<double[]> rows, String path) throws IOException {
        PrintWriter out = new PrintWriter(path);
        try {
            for (double[] row : rows) {
                double sum = 0;
                for (double g : row) {
                    sum += g;
                }
                out.printf("%.2f%n", sum / row.length);
            }
        } finally {
            out.close();
        }
    }
}
