// SonarSource's Cognitive Complexity whitepaper examples in Java, and hand-counted Java cases
// (switch rules, catch, lambdas, anonymous classes, labelled continue). Each `metrics NAME:`
// comment is checked by MetricsTests.
package metrics;

import java.util.List;
import java.util.function.Predicate;

class Whitepaper {
    // metrics Whitepaper.sumOfPrimes: cyclomatic=4 cognitive=7 nesting=3 parameters=1 returns=1
    int sumOfPrimes(int max) {
        int total = 0;
        OUT:
        for (int i = 1; i <= max; ++i) { // +1
            for (int j = 2; j < i; ++j) { // +2 (nesting 1)
                if (i % j == 0) { // +3 (nesting 2)
                    continue OUT; // +1
                }
            }
            total += i;
        }
        return total;
    }

    // metrics Whitepaper.getWords: cyclomatic=4 cognitive=1 nesting=1 parameters=1 returns=4
    String getWords(int number) {
        switch (number) { // +1
            case 1:
                return "one";
            case 2:
                return "a couple";
            case 3:
                return "a few";
            default:
                return "lots";
        }
    }

    // Else-if chains are flat: +1 each, no nesting penalty; else +1.
    // metrics Whitepaper.grade: cyclomatic=4 cognitive=4 nesting=1 parameters=1 returns=4
    String grade(int score) {
        if (score > 90) { // +1
            return "A";
        } else if (score > 80) { // +1
            return "B";
        } else if (score > 70) { // +1
            return "C";
        } else { // +1
            return "F";
        }
    }

    // Sequences of like operators: `a && b && c` is one, `a && b || c` two.
    // metrics Whitepaper.check: cyclomatic=6 cognitive=4 nesting=1 parameters=4 returns=2
    boolean check(boolean a, boolean b, boolean c, int d) {
        if (a && b && c || d > 0) { // +1 if, +1 &&-sequence, +1 ||-sequence; cyclomatic +3
            return false;
        }
        boolean ok = !(a || b); // +1 sequence; cyclomatic +1
        return ok;
    }

    // A catch is a decision and nests; a ternary is +1 plus nesting.
    // metrics Whitepaper.parse: cyclomatic=4 cognitive=4 nesting=1 parameters=1 returns=2
    int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) { // +1
            return text.isEmpty() ? 0 : -1; // +2 (nesting 1)
        } catch (RuntimeException e) { // +1
            throw e;
        }
    }

    // A switch expression's `case` labels are decisions (`case 1, 2 ->` one); a lambda nests
    // what it holds and its parameters are not the method's.
    // metrics Whitepaper.count: cyclomatic=6 cognitive=7 nesting=2 parameters=2 returns=3
    long count(List<Integer> items, int kind) {
        Predicate<Integer> keep = switch (kind) { // +1
            case 1, 2 -> x -> x > 0;
            case 3 -> x -> { if (x < 0) { return true; } return false; }; // +3 (nesting 2)
            default -> x -> true;
        };
        for (Integer item : items) { // +1
            if (item == null) { // +2 (nesting 1)
                break;
            }
        }
        return items.stream().filter(keep).count();
    }
}
