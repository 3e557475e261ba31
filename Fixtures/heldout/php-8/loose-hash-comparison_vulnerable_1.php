<?php

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

require __DIR__ . '/vendor/autoload.php';

/**
 * Lumen route receiving delivery receipts from the SMS provider.
 */
$router->post('/hooks/sms-receipt', function (\Illuminate\Http\Request $request) {
    $secret = env('SMS_WEBHOOK_SECRET');
    $body = $request->getContent();
    $sent = $request->header('X-Provider-Signature', '');
    $calc = hash_hmac('sha256', $body, $secret);
    if ($calc != $sent) { // expect: loose-hash-comparison
        return response('bad signature', 401);
    }
    dispatch(new \App\Jobs\StoreReceipt(json_decode($body, true)));
    return response('', 204);
});
