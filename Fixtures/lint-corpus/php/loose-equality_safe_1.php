<?php
$expected = hash_hmac('sha256', file_get_contents('php://input'), getenv('WEBHOOK_SECRET'));
$signature = $_SERVER['HTTP_X_SIGNATURE'] ?? '';
if (!hash_equals($expected, $signature)) {
    http_response_code(403);
    exit;
}
if (count($items) == 0) {
    echo 'empty';
}
