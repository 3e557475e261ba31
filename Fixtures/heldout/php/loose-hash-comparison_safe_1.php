<?php
// webhook.php - receives payment notifications signed with HMAC-SHA256
require __DIR__ . '/inc/config.php';   // provides WEBHOOK_SECRET
require __DIR__ . '/inc/orders.php';

$body = file_get_contents('php://input');
$signature = (string)($_SERVER['HTTP_X_SIGNATURE'] ?? '');

$expected = hash_hmac('sha256', $body, WEBHOOK_SECRET);
if (!hash_equals($expected, $signature)) {
    http_response_code(401);
    exit('bad signature');
}

$event = json_decode($body, true);
if (($event['type'] ?? '') == 'payment.succeeded') {
    mark_order_paid((int)$event['order_id']);
}
if (count($event['items'] ?? []) == 0) {
    log_empty_order($body);
}
http_response_code(204);
