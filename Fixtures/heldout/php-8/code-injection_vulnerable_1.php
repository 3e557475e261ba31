<?php

namespace App\Tags;

use Statamic\Tags\Tags;

class Pricing extends Tags
{
    /**
     * {{ pricing:total }} on the quote page; the calculator widget posts its formula.
     */
    public function total()
    {
        $formula = request()->input('formula', $this->params->get('formula', 'base * qty'));
        $vars = [
            'base' => (float) $this->context->get('price'),
            'qty' => (int) request()->input('qty', 1),
            'discount' => (float) request()->input('discount', 0),
        ];
        $expression = strtr($formula, array_map(fn ($v) => (string) $v, array_combine(
            array_keys($vars),
            array_values($vars)
        )));
        return eval("return {$expression};"); // expect: code-injection
    }
}
