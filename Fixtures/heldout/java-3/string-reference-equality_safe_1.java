import java.util.Scanner;

/** Lab 4 (corrected): the play-again prompt compares strings by value. */
public class GuessingGameFixed {

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        String again = "yes";
        while ("yes".equalsIgnoreCase(again)) {
            int secret = 1 + (int) (Math.random() * 100);
            int guess = -1;
            while (guess != secret) {
                guess = in.nextInt();
                System.out.println(guess == secret ? "got it" : "again");
            }
            again = in.next();
            switch (again) {
                case "y" -> again = "yes";
                case "n" -> again = "no";
                default -> { }
            }
            if (again == null || again.isEmpty()) {
                again = "no";
            }
        }
        in.close();
    }
}
