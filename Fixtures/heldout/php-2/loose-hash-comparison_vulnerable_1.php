<?php
// Payment provider webhook: verify the signature, then mark the order paid.
require __DIR__ . '/inc/db.php';

$secret = getenv('PAYMENT_WEBHOOK_SECRET');
$body = file_get_contents('php://input');
$signature = $_SERVER['HTTP_X_SIGNATURE'] ?? '';

if (hash_hmac('sha256', $body, $secret) != $signature) { // expect: loose-hash-comparison
    http_response_code(401);
    exit;
}

$event = json_decode($body, true);
if ($event['type'] == 'payment.succeeded') {
    $stmt = $pdo->prepare('UPDATE orders SET paid_at = NOW() WHERE id = ?');
    $stmt->execute([(int) $event['order_id']]);
}
http_response_code(204);
