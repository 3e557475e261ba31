<?php

namespace Shop\Models;

/** A shopping cart. */
class Cart
//    ^def Cart
{
    public const MAX_ITEMS = 10;

    /** @var Item[] */
    private array $items = [];

    /** Puts an item in the cart. */
    public function add(Item $item): void
//                      ^ref Item
//                           ^def $item@add
    {
        if (count($this->items) < self::MAX_ITEMS) {
            $this->items[] = $item;
//                           ^ref $item@add
        }
    }

    public function total(): int
    {
        $sum = 0;
//      ^def $sum@total
        foreach ($this->items as $line) {
//                               ^def $line@total
            $sum += $line->price;
//          ^ref $sum@total
//                  ^ref $line@total
        }
        return $sum;
//             ^ref $sum@total
    }
}
