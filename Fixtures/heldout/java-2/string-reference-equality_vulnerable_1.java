package edu.course.week5;

import java.util.Scanner;

/** Week 5 exercise: a tiny command interpreter for the bank account class. */
public class AccountShell {

    public static void main(String[] args) {
        boolean verbose = args.length > 0 && args[0] == "-v"; // expect: string-reference-equality
        Account account = new Account("Ada", 100.0);
        try (Scanner in = new Scanner(System.in)) {
            while (in.hasNextLine()) {
                String[] parts = in.nextLine().trim().split("\\s+");
                String command = parts[0];
                if (command == "quit") { // expect: string-reference-equality
                    break;
                } else if (command == "deposit" && parts.length == 2) { // expect: string-reference-equality
                    account.deposit(Double.parseDouble(parts[1]));
                } else if (command.equals("withdraw") && parts.length == 2) {
                    account.withdraw(Double.parseDouble(parts[1]));
                } else {
                    System.out.println("unknown command: " + command);
                }
                if (verbose) {
                    System.out.println("balance: " + account.getBalance());
                }
            }
        }
    }
}
