package com.example.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shop keeps carts and prices them. */
public class Shop<K extends Comparable<K>> implements AutoCloseable {
    /** The most a cart holds. */
    public static final int MAX_ITEMS = 10;
    private final Map<K, Cart> carts;
    int opened, closed;

    /**
     * Makes a shop over the given carts.
     */
    public Shop(Map<K, Cart> carts) {
        this.carts = carts;
    }

    // Finds a cart or returns null.
    public Cart find(K key) {
        return carts.get(key);
    }

    static <T extends Number> List<T> copy(List<? extends T> source) throws IllegalStateException {
        return new ArrayList<>(source);
    }

    @Override
    public void close() {
    }

    /** One line of a cart. */
    public record Item(String name, int price) {
        public Item {
            if (price < 0) throw new IllegalArgumentException("price");
        }
    }

    interface Pricer {
        int price(Cart cart);
        default int discount() { return 0; }
    }

    enum Currency {
        EUR, USD;

        String symbol() { return this == EUR ? "€" : "$"; }
    }

    static class Cart {
        final List<Item> items = new ArrayList<>();
    }
}

@interface Audited {
    String value() default "";
}
