import java.util.Arrays;
import java.util.Scanner;

/** Lab 2: read exam scores and print the highest, the lowest and the median. */
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
        String header = "Score statistics"; // expect: unused-variable
        double average = n == 0 ? 0 : (double) total / n; // expect: unused-variable
        if (n > 0) {
            double median = n % 2 == 1 ? scores[n / 2] : (scores[n / 2 - 1] + scores[n / 2]) / 2.0;
            System.out.println("Highest: " + scores[n - 1]);
            System.out.println("Lowest:  " + scores[0]);
            System.out.println("Median:  " + median);
        }
        in.close();
    }
}
