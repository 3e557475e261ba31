<?php
// A webhook signed with a shared secret, and a certificate's public key pin.
function verify_webhook(string $payload, string $signature): bool
{
    $secret = (string) getenv('HOOK_SECRET');
    return hash_equals(hash('sha256', $payload . $secret), $signature);
}

function key_pin(string $publicKeyDer): string
{
    $pin = base64_encode(hash('sha256', $publicKeyDer, true));
    return 'pin-sha256="' . $pin . '"';
}
