<?php
// Quote calculator of the print shop (Fat-Free Framework): each product has a
// pricing rule in code; customers submit their quantities.

$f3 = \Base::instance();

const PRICING = [
    'flyer' => ['unit' => 0.12, 'setup' => 15.0],
    'poster' => ['unit' => 1.80, 'setup' => 25.0],
    'card' => ['unit' => 0.05, 'setup' => 10.0],
];

$f3->route('POST /quote/@product', function (\Base $f3, array $params) {
    $rule = PRICING[$params['product']] ?? null;
    if ($rule === null) {
        $f3->error(404);
        return;
    }
    $qty = max(1, (int) $f3->get('POST.qty'));
    $price = $qty * $rule['unit'] + $rule['setup'];
    header('Content-Type: application/json');
    echo json_encode(['product' => $params['product'], 'qty' => $qty, 'price' => round($price, 2)]);
});

$f3->run();
