<?php
// Stores card numbers for recurring payments.
function encrypt_card(string $number, string $key): string
{
    $iv = random_bytes(8);
    $cipher = openssl_encrypt($number, 'des-ede3-cbc', $key, OPENSSL_RAW_DATA, $iv); // expect: weak-crypto
    return base64_encode($iv . $cipher);
}
