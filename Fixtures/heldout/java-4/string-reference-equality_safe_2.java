import java.util.Map;
import java.util.Objects;
import java.util.Scanner;

/** CS1 lab 6: a grade-book menu. */
public class GradeBook {
    private static final Map<String, Double> POINTS = Map.of("A", 4.0, "B", 3.0, "C", 2.0, "D", 1.0);

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        double total = 0;
        int count = 0;
        while (in.hasNextLine()) {
            System.out.print("Student name (or 'done'): ");
            String name = in.nextLine().trim();
            if (name.equalsIgnoreCase("done")) {
                break;
            }
            if (!name.isEmpty()) {
                System.out.print("Letter grade: ");
                String grade = in.nextLine().trim().toUpperCase();
                double points = Objects.requireNonNullElse(POINTS.get(grade), 0.0);
                char first = grade.isEmpty() ? ' ' : grade.charAt(0);
                if (first == 'F') {
                    System.out.println("  (failing grade)");
                }
                total += points;
                count++;
                System.out.println(name + " -> " + points);
            }
        }
        System.out.printf("GPA of %d students: %.2f%n", count, count == 0 ? 0.0 : total / count);
        in.close();
    }
}
