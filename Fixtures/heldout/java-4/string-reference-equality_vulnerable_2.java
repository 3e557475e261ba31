import java.util.Scanner;

/** CS1 lab 6: a grade-book menu. */
public class GradeBook {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        double total = 0;
        int count = 0;
        while (true) {
            System.out.print("Student name (or 'done'): ");
            String name = in.nextLine().trim();
            if (name == "done") { // expect: string-reference-equality
                break;
            }
            if (name != "") { // expect: string-reference-equality
                System.out.print("Letter grade: ");
                String grade = in.nextLine().trim().toUpperCase();
                double points = grade == "A" ? 4.0 : grade.equals("B") ? 3.0 : grade.equals("C") ? 2.0 : 0.0; // expect: string-reference-equality
                total += points;
                count++;
                System.out.println(name + " -> " + points);
            }
        }
        System.out.printf("GPA of %d students: %.2f%n", count, count == 0 ? 0.0 : total / count);
        in.close();
    }
}
