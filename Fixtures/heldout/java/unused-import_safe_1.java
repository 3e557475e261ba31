package com.example.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public final class Strings {

    private Strings() {
    }

    public static List<String> nonBlank(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            if (s != null && !s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Groups by first letter; {@link Map} is used in the return type. */
    public static Map<Character, List<String>> byInitial(List<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).collect(Collectors.groupingBy(w -> w.charAt(0)));
    }
}
