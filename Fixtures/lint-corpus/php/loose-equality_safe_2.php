<?php

function verify_webhook(string $payload, string $secret): bool
{
    $received = $_SERVER['HTTP_X_SIGNATURE'] ?? '';
    $expected = 'sha1=' . hash_hmac('sha1', $payload, $secret);
    return hash_equals($expected, $received);
}

function same_user(array $a, array $b): bool
{
    $left = strtolower($a['email']);
    $right = strtolower($b['email']);
    return $left == $right;
}
