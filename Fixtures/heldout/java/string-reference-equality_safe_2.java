package com.example.cli;

import java.util.Objects;
import java.util.Scanner;

/** Week 3 exercise: a tiny text adventure. */
public class Adventure {

    enum Room { HALL, LIBRARY }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        Room room = Room.HALL;
        String last = null;
        while (true) {
            System.out.print(room + "> ");
            String cmd = in.nextLine().trim().toLowerCase();
            if (cmd.equals("quit")) {
                break;
            } else if ("north".equals(cmd) && room == Room.HALL) {
                room = Room.LIBRARY;
            } else if (Objects.equals(cmd, last)) {
                System.out.println("You just did that.");
            } else if (cmd.isEmpty() || cmd == null) {
                System.out.println("Say something.");
            }
            last = cmd;
        }
    }
}
