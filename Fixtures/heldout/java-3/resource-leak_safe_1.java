import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.util.Scanner;

/** Exercise 7 (model answer): the readers are closed on every path. */
public class MarksReportFixed {

    static double average(String path) throws IOException {
        try (BufferedReader reader = new BufferedReader(new FileReader(path))) {
            double sum = 0;
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sum += Double.parseDouble(line.split(",")[1]);
                n++;
            }
            return n == 0 ? 0 : sum / n;
        }
    }

    static int count(String path) throws IOException {
        int lines = 0;
        try (Scanner sc = new Scanner(new File(path))) {
            while (sc.hasNextLine()) {
                sc.nextLine();
                lines++;
            }
        }
        return lines;
    }

    public static void main(String[] args) throws IOException {
        System.out.println(average(args[0]) + " over " + count(args[0]) + " students");
    }
}
