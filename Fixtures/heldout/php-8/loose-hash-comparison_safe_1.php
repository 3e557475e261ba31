<?php

require __DIR__ . '/vendor/autoload.php';

$router->post('/hooks/sms-receipt', function (\Illuminate\Http\Request $request) {
    $secret = env('SMS_WEBHOOK_SECRET');
    $body = $request->getContent();
    $sent = (string) $request->header('X-Provider-Signature', '');
    $calc = hash_hmac('sha256', $body, $secret);
    if (!hash_equals($calc, $sent)) {
        return response('bad signature', 401);
    }
    $receipt = json_decode($body, true);
    if (($receipt['status'] ?? '') == 'delivered') {
        dispatch(new \App\Jobs\StoreReceipt($receipt));
    }
    return response('', 204);
});
