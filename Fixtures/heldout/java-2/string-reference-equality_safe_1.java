package edu.course.week5;

import java.util.Scanner;

/** Week 5 exercise: a tiny command interpreter for the bank account class. */
public class AccountShell {

    public static void main(String[] args) {
        boolean verbose = args.length > 0 && "-v".equals(args[0]);
        Account account = new Account("Ada", 100.0);
        try (Scanner in = new Scanner(System.in)) {
            while (in.hasNextLine()) {
                String[] parts = in.nextLine().trim().split("\\s+");
                switch (parts[0]) {
                    case "quit" -> {
                        return;
                    }
                    case "deposit" -> account.deposit(Double.parseDouble(parts[1]));
                    case "withdraw" -> account.withdraw(Double.parseDouble(parts[1]));
                    default -> System.out.println("unknown command: " + parts[0]);
                }
                if (verbose && parts[0].length() == 7) {
                    System.out.println("balance: " + account.getBalance());
                }
            }
        }
    }
}
