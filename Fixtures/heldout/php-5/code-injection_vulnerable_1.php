<?php
// Quote calculator of the print shop (Fat-Free Framework): the sales team
// types a pricing formula per product, customers submit their quantities.

$f3 = \Base::instance();

$f3->route('POST /quote/@product', function (\Base $f3, array $params) {
    $formula = $f3->get('POST.formula') ?: '$qty * 0.12 + 15';
    $qty = (int) $f3->get('POST.qty');
    $price = eval('return ' . $formula . ';'); // expect: code-injection
    header('Content-Type: application/json');
    echo json_encode(['product' => $params['product'], 'qty' => $qty, 'price' => round((float) $price, 2)]);
});

$f3->run();
