import java.io.BufferedReader;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileReader;
import java.io.IOException;
import java.util.Scanner;

/** Exercise 7: average and highest mark from a class list. */
public class MarksReport {

    static double average(String path) throws IOException {
        BufferedReader reader = new BufferedReader(new FileReader(path)); // expect: resource-leak
        double sum = 0;
        int n = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            sum += Double.parseDouble(line.split(",")[1]);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    static double highest(String path) throws FileNotFoundException {
        Scanner sc = new Scanner(new File(path)); // expect: resource-leak
        sc.useDelimiter("[,\\n]");
        double best = 0;
        while (sc.hasNext()) {
            sc.next();
            best = Math.max(best, sc.nextDouble());
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        System.out.printf("average %.1f, best %.1f%n", average(args[0]), highest(args[0]));
    }
}
