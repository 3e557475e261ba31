<?php

// Bref HTTP handler (API Gateway v2 event): the public price calculator.
require __DIR__ . '/vendor/autoload.php';

use Bref\Context\Context;

return function (array $event, Context $context): array {
    $isPartner = false;
    $discount = 0.0;
    $quantity = 1;
    $plan = 'starter';

    extract($event['queryStringParameters'] ?? []); // expect: extract-request

    $prices = ['starter' => 9.0, 'team' => 29.0, 'business' => 99.0];
    $unit = $prices[$plan] ?? $prices['starter'];
    if ($isPartner) {
        $discount = max($discount, 0.2);
    }
    $total = round($unit * (int) $quantity * (1 - (float) $discount), 2);

    return [
        'statusCode' => 200,
        'headers' => ['Content-Type' => 'application/json'],
        'body' => json_encode(['plan' => $plan, 'total' => $total, 'request' => $context->getAwsRequestId()]),
    ];
};
