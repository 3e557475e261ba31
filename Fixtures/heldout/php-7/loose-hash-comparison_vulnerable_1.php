<?php

// Bref HTTP handler: receives payment notifications from the PSP.
require __DIR__ . '/vendor/autoload.php';

use Bref\Context\Context;

function mark_paid(string $orderId): void
{
    $pdo = new PDO(getenv('DSN'));
    $pdo->prepare("UPDATE orders SET status = 'paid' WHERE id = ?")->execute([$orderId]);
}

return function (array $event, Context $context): array {
    $body = $event['body'] ?? '';
    $signature = $event['headers']['x-psp-signature'] ?? '';
    $expected = hash_hmac('sha256', $body, getenv('PSP_SECRET'));

    if ($expected == $signature) { // expect: loose-hash-comparison
        $payload = json_decode($body, true);
        mark_paid((string) $payload['order_id']);
        return ['statusCode' => 204];
    }
    return ['statusCode' => 401, 'body' => 'bad signature'];
};
