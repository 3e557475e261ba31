<?php

function verify_webhook(string $payload, string $secret): bool
{
    $received = $_SERVER['HTTP_X_SIGNATURE'] ?? '';
    $expected = 'sha1=' . hash_hmac('sha1', $payload, $secret);
    return $received == $expected; // expect: loose-equality
}
