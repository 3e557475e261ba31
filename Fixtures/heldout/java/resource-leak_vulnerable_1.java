package com.example.stats;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Counts words in a text file (exercise 4.2). */
public class WordCount {

    public static Map<String, Integer> count(String path) throws IOException {
        BufferedReader reader = new BufferedReader(new FileReader(path)); // expect: resource-leak
        Map<String, Integer> counts = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            for (String w : line.toLowerCase().split("\\W+")) {
                if (!w.isEmpty()) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    public static void main(String[] args) throws IOException {
        count(args[0]).forEach((w, n) -> System.out.println(w + " " + n));
    }
}
