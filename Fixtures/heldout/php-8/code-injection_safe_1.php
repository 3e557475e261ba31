<?php

namespace App\Tags;

use Statamic\Tags\Tags;

class Pricing extends Tags
{
    /**
     * {{ pricing:total }} price times quantity, minus a discount.
     */
    public function total()
    {
        $base = (float) $this->context->get('price');
        $qty = max(1, (int) request()->input('qty', 1));
        $discount = max(0.0, (float) request()->input('discount', 0));
        $mode = $this->params->get('mode', 'gross');
        $total = match ($mode) {
            'net' => $base * $qty - $discount,
            'unit' => $base,
            default => $base * $qty,
        };
        return number_format(max(0.0, $total), 2);
    }
}
