package com.example.app;

import com.example.shop.Cart;
//                      ^ref Cart
import com.example.shop.Item;
//                      ^ref Item

public class Main {
    public static void main(String[] args) {
        Cart cart = new Cart();
//      ^ref Cart
//           ^def cart@main
//                      ^ref Cart
        cart.add(new Item("tea", 3));
//      ^ref cart@main
//                   ^ref Item
        System.out.println(cart.total());
//                         ^ref cart@main
    }
}
