package com.example.util;

import java.util.OptionalInt;

public final class Numbers {

    private Numbers() {
    }

    /** Returns the parsed value, or empty when the text is not an int. */
    public static OptionalInt tryParse(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    public static int parseOr(String text, int fallback) {
        int value = fallback;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException expected) {
            value = fallback; // explicit fallback: callers pass user-typed page numbers
        }
        return value;
    }
}
