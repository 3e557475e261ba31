package com.example.shop;

import java.util.ArrayList;
import java.util.List;

/** A shopping cart. */
public class Cart {
//           ^def Cart
    private final List<Item> items = new ArrayList<>();
//                     ^ref Item
//                           ^def items
    public static final int MAX_ITEMS = 10;
//                          ^def MAX_ITEMS

    public Cart() {
//         ^ref Cart
    }

    /** Puts an item in the cart. */
    public void add(Item item) {
//                  ^ref Item
//                       ^def item@add
        if (items.size() < MAX_ITEMS) {
//          ^ref items
//                         ^ref MAX_ITEMS
            items.add(item);
//          ^ref items
//                    ^ref item@add
        }
    }

    public int total() {
        return Prices.sum(items);
//             ^ref Prices
//                        ^ref items
    }
}
