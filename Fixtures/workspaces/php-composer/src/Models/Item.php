<?php

namespace Shop\Models;

/** One line of a cart. */
final class Item
//          ^def Item
{
    public function __construct(public string $name, public int $price)
    {
    }
}
