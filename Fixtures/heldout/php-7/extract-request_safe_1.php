<?php

// Bref HTTP handler (API Gateway v2 event): the public price calculator.
require __DIR__ . '/vendor/autoload.php';

use Bref\Context\Context;

return function (array $event, Context $context): array {
    $query = $event['queryStringParameters'] ?? [];
    $plan = is_string($query['plan'] ?? null) ? $query['plan'] : 'starter';
    $quantity = max(1, (int) ($query['quantity'] ?? 1));

    // Partner discounts come from the authorizer, never from the query string.
    $isPartner = ($event['requestContext']['authorizer']['lambda']['partner'] ?? false) === true;
    $discount = $isPartner ? 0.2 : 0.0;

    $prices = ['starter' => 9.0, 'team' => 29.0, 'business' => 99.0];
    $unit = $prices[$plan] ?? $prices['starter'];
    $total = round($unit * $quantity * (1 - $discount), 2);

    return [
        'statusCode' => 200,
        'headers' => ['Content-Type' => 'application/json'],
        'body' => json_encode(['plan' => $plan, 'total' => $total, 'request' => $context->getAwsRequestId()]),
    ];
};
