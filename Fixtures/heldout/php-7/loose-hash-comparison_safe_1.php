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
    $signature = (string) ($event['headers']['x-psp-signature'] ?? '');
    $expected = hash_hmac('sha256', $body, getenv('PSP_SECRET'));

    if (hash_equals($expected, $signature)) {
        $payload = json_decode($body, true);
        if (($payload['type'] ?? '') == 'payment.succeeded') {
            mark_paid((string) $payload['order_id']);
        }
        return ['statusCode' => 204];
    }
    return ['statusCode' => 401, 'body' => 'bad signature'];
};
