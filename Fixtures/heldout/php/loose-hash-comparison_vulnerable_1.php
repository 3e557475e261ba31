<?php
// webhook.php - receives payment notifications signed with HMAC-SHA256
require __DIR__ . '/inc/config.php';   // provides WEBHOOK_SECRET
require __DIR__ . '/inc/orders.php';

$body = file_get_contents('php://input');
$signature = $_SERVER['HTTP_X_SIGNATURE'] ?? '';

$expected = hash_hmac('sha256', $body, WEBHOOK_SECRET);
if ($expected != $signature) { // expect: loose-hash-comparison
    http_response_code(401);
    exit('bad signature');
}

$event = json_decode($body, true);
if (($event['type'] ?? '') === 'payment.succeeded') {
    mark_order_paid((int)$event['order_id']);
}

// Older integrations sign with a shared token in the query string instead.
if (isset($_GET['token']) && md5($_GET['token']) == LEGACY_TOKEN_MD5) { // expect: loose-hash-comparison
    log_legacy_call($body);
}
http_response_code(204);
