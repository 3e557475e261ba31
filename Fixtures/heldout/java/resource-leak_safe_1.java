package com.example.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Counts words in a text file (exercise 4.2). */
public class WordCount {

    public static Map<String, Integer> count(Path path) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(path)) {
            String line;
            while ((line = reader.readLine()) != null) {
                for (String w : line.toLowerCase().split("\\W+")) {
                    if (!w.isEmpty()) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    public static void main(String[] args) throws IOException {
        count(Path.of(args[0])).forEach((w, n) -> System.out.println(w + " " + n));
    }
}
