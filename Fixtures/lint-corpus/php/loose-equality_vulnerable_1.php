<?php
// API key check for the webhook endpoint.
$expected = hash_hmac('sha256', file_get_contents('php://input'), getenv('WEBHOOK_SECRET'));
$signature = $_SERVER['HTTP_X_SIGNATURE'] ?? '';
if ($signature != $expected) { // expect: loose-equality
    http_response_code(403);
    exit;
}
