// Class members visible in the whole class, block-scoped locals, lambdas and catch clauses.
package com.example.shop;
//          ^none example

import java.util.List;
//               ^def List import java.util:List
import static java.lang.Math.max;
//                           ^def max import java.lang.Math:max

public class Scoping<T> {
//           ^def Scoping class
//                   ^def T type_parameter
    private int total = limit();
//              ^def total field
//                      ^ref limit -> limit
    static final int LIMIT = 10, MIN = 1;
//                   ^def LIMIT field
//                               ^def MIN field

    int limit() {
//      ^def limit method
        return LIMIT;
//             ^ref LIMIT -> LIMIT
    }

    T scale(int x, List<T> items) {
//  ^ref T -> T
//        ^def x parameter
//                 ^ref List -> List
//                         ^def items parameter
        int total = this.total + x;
//          ^def total@local variable
//                       ^none total
//                               ^ref x -> x
        for (int i = 0; i < total; i++) {
//               ^def i variable
//                          ^ref total -> total@local
            int x2 = max(i, x);
//              ^def x2 variable
//                   ^ref max -> max
        }
        for (T item : items) {
//             ^def item variable
//                    ^ref items -> items
            items.forEach(each -> System.out.println(each + item));
//                        ^def each parameter
//                                                   ^ref each -> each
//                                                          ^ref item -> item
//                ^none forEach
        }
        try (var in = open()) {
//               ^def in variable
            in.read();
//          ^ref in -> in
        } catch (java.io.IOException e) {
//                                   ^def e parameter
            log(e);
//              ^ref e -> e
        }
        total = 0;
//      ^ref total -> total@local
        return items.get(0);
    }

    void log(Exception e) {}
    java.io.InputStream open() { return null; }

    enum Color { RED, GREEN }
//       ^def Color enum
//               ^def RED constant
}
