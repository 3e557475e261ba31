<?php
// Payment provider webhook, served by OpenSwoole next to the shop.

use OpenSwoole\Http\Request;
use OpenSwoole\Http\Response;

function handlePaymentWebhook(Request $request, Response $response, string $secret, \PDO $pdo): void
{
    $body = (string) $request->rawContent();
    $signature = $request->header['x-payment-signature'] ?? '';

    if (hash_equals(hash_hmac('sha256', $body, $secret), $signature)) {
        $event = json_decode($body, true);
        if (($event['type'] ?? '') == 'payment.succeeded') {
            $stmt = $pdo->prepare('UPDATE orders SET paid_at = NOW() WHERE payment_ref = ?');
            $stmt->execute([$event['reference'] ?? '']);
        }
        $response->status(204);
        $response->end();
        return;
    }

    $response->status(401);
    $response->end('bad signature');
}
