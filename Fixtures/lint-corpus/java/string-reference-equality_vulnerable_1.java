package game;

import java.util.Scanner;

public class Menu {
    public static void main(String[] args) {
        Scanner scanner = new Scanner(System.in);
        String choice = scanner.nextLine().trim();
        if (choice == "quit") { // expect: string-reference-equality
            System.out.println("Bye");
            return;
        }
        String role = args.length > 0 ? args[0] : "guest";
        if ("admin" != role) { // expect: string-reference-equality
            System.out.println("Limited menu");
        }
    }
}
