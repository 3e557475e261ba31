package org.harbor.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** A tiny stack calculator for the numeracy class: reads commands from the terminal. */
final class StackCalc {

    private StackCalc() {}

    public static void main(String[] args) throws IOException {
        Deque<Double> stack = new ArrayDeque<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String word = line.trim();
                if (word.equals("quit")) {
                    break;
                }
                if ("+".equals(word) && stack.size() >= 2) {
                    stack.push(stack.pop() + stack.pop());
                } else if (!word.isEmpty()) {
                    stack.push(Double.valueOf(word));
                }
                System.out.println(stack);
            }
        }
    }
}
