<?php

namespace Shop\Http;

use Shop\Models\Cart;
//              ^ref Cart
use Shop\Models\Item as Product;
//                      ^ref Item

require_once __DIR__ . '/../helpers.php';

class CartController
{
    public function show(array $query): string
    {
        $cart = new Cart();
//      ^def $cart@show
//                  ^ref Cart
        $cart->add(new Product('tea', 300));
//      ^ref $cart@show
//                     ^ref Item
        return money($cart->total());
//                   ^ref $cart@show
    }
}
