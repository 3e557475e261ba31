<?php

namespace App\Services;

use Illuminate\Http\Request;

class ShippingRuleService
{
    public function quote(Request $request, array $cart): float
    {
        $rule = $request->input('rule', 'weight * 1.2');
        $weight = array_sum(array_column($cart, 'weight'));
        $total = array_sum(array_column($cart, 'price'));
        $fn = eval('return fn ($weight, $total) => ' . $rule . ';'); // expect: code-injection
        return round($fn($weight, $total), 2);
    }

    public function callHook(Request $request, array $order): mixed
    {
        $hook = $request->input('hook');
        return call_user_func($hook, $order); // expect: code-injection
    }
}
