<?php
class Cart
{
    public function add($item)
    {
        $this->items[] = $item;
    }

