package com.example.cli;

import java.util.Scanner;

/** Week 3 exercise: a tiny text adventure. */
public class Adventure {

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        String room = "hall";
        while (true) {
            System.out.print(room + "> ");
            String cmd = in.nextLine().trim().toLowerCase();
            if (cmd == "quit") { // expect: string-reference-equality
                break;
            } else if (cmd.equals("north") && room.equals("hall")) {
                room = "library";
            } else if (cmd != "look") { // expect: string-reference-equality
                System.out.println("You can't do that.");
            } else {
                System.out.println("You are in the " + room + ".");
            }
        }
    }
}
