package com.example.shop;

/** One line of a cart. */
public record Item(String name, int price) {
//            ^def Item
}
