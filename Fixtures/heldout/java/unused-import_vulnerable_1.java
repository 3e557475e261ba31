package com.example.util;

import java.util.ArrayList;
import java.util.HashMap; // expect: unused-import
import java.util.List;
import java.util.stream.Collectors; // expect: unused-import

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
}
