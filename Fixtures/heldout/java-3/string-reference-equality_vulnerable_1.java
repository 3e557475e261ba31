import java.util.Scanner;

/** Lab 4: a number guessing game that asks to play again. */
public class GuessingGame {

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        String again = "yes";
        while (again == "yes") { // expect: string-reference-equality
            int secret = 1 + (int) (Math.random() * 100);
            int tries = 0;
            int guess = -1;
            while (guess != secret) {
                System.out.print("Your guess: ");
                guess = in.nextInt();
                tries++;
                System.out.println(guess < secret ? "higher" : guess > secret ? "lower" : "got it");
            }
            System.out.println("Tries: " + tries + ". Play again? (yes/no)");
            again = in.next();
            if (again != "yes" && again != "no") { // expect: string-reference-equality
                System.out.println("I'll take that as a no.");
            }
        }
        in.close();
    }
}
