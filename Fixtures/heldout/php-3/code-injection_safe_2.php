<?php

namespace App\Services;

use Illuminate\Http\Request;

class ShippingRuleService
{
    private const RULES = [
        'by_weight' => [self::class, 'byWeight'],
        'flat' => [self::class, 'flat'],
        'free_over_50' => [self::class, 'freeOver50'],
    ];

    public function quote(Request $request, array $cart): float
    {
        $rule = self::RULES[$request->input('rule')] ?? self::RULES['by_weight'];
        return round(call_user_func($rule, $cart), 2);
    }

    public static function byWeight(array $cart): float
    {
        return array_sum(array_column($cart, 'weight')) * 1.2;
    }

    public static function flat(array $cart): float
    {
        return $cart === [] ? 0.0 : 4.9;
    }

    public static function freeOver50(array $cart): float
    {
        return array_sum(array_column($cart, 'price')) >= 50 ? 0.0 : 4.9;
    }
}
