package game;

import java.util.Scanner;

public class Menu {
    enum Mode { EASY, HARD }

    public static void main(String[] args) {
        Scanner scanner = new Scanner(System.in);
        String choice = scanner.nextLine().trim();
        if ("quit".equals(choice)) {
            System.out.println("Bye");
            return;
        }
        Mode mode = args.length > 0 && args[0].equalsIgnoreCase("hard") ? Mode.HARD : Mode.EASY;
        if (mode == Mode.HARD || choice == null || choice.length() == 0) {
            System.out.println("Hard mode");
        }
    }
}
