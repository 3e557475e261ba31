package com.example.shop;

import java.util.List;

final class Prices {
//          ^def Prices
    static int sum(List<Item> lines) {
//                      ^ref Item
//                            ^def lines
        int total = 0;
//          ^def total@sum
        for (Item line : lines) {
//           ^ref Item
//                ^def line
//                       ^ref lines
            total += line.price();
//          ^ref total@sum
//                   ^ref line
        }
        return total;
//             ^ref total@sum
    }
}
