import java.util.Arrays;
import java.util.Map;
import java.util.Scanner;
import java.util.TreeMap;

/** Lab 2: read exam scores and print the highest, the lowest, the median and a histogram. */
public class ScoreStats {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.print("How many scores? ");
        int n = in.nextInt();
        int[] scores = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = in.nextInt();
            total += scores[i];
        }
        Arrays.sort(scores);
        String header = "Score statistics";
        System.out.println(header);
        if (n > 0) {
            double average = (double) total / n;
            double median = n % 2 == 1 ? scores[n / 2] : (scores[n / 2 - 1] + scores[n / 2]) / 2.0;
            System.out.printf("Highest %d, lowest %d, median %.1f, average %.2f%n", scores[n - 1], scores[0], median, average);
        }
        Map<Integer, Integer> buckets = new TreeMap<>();
        for (int s : scores) {
            buckets.merge(s / 10 * 10, 1, Integer::sum);
        }
        buckets.forEach((bucket, count) -> System.out.println(bucket + "+: " + "*".repeat(count)));
        in.close();
    }
}
