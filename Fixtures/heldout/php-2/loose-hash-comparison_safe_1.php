<?php
require __DIR__ . '/inc/db.php';

$secret = getenv('PAYMENT_WEBHOOK_SECRET');
$body = file_get_contents('php://input');
$signature = (string) ($_SERVER['HTTP_X_SIGNATURE'] ?? '');

if (!hash_equals(hash_hmac('sha256', $body, $secret), $signature)) {
    http_response_code(401);
    exit;
}

$event = json_decode($body, true);
if ($event['type'] == 'payment.succeeded' && count($event['items'] ?? []) == 1) {
    $stmt = $pdo->prepare('UPDATE orders SET paid_at = NOW() WHERE id = ?');
    $stmt->execute([(int) $event['order_id']]);
}
http_response_code(204);
