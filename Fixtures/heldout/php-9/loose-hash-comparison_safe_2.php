<?php

require __DIR__ . '/vendor/autoload.php';

use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$secret = getenv('CARRIER_WEBHOOK_SECRET');

function signatureValid(string $body, string $header, string $secret): bool
{
    $expected = hash_hmac('sha256', $body, $secret);
    return hash_equals($expected, $header);
}

$server = new Server('0.0.0.0', 8080);

$server->on('request', function (Request $request, Response $response) use ($secret) {
    $body = $request->rawContent() ?: '';
    $sig = $request->header['x-carrier-signature'] ?? '';
    if (!signatureValid($body, $sig, $secret)) {
        $response->status(403);
        $response->end('bad signature');
        return;
    }
    $event = json_decode($body, true);
    if (($event['status'] ?? '') == 'delivered') {
        file_put_contents('/var/spool/carrier/' . bin2hex(random_bytes(8)) . '.json', $body);
    }
    $response->end('ok');
});

$server->start();
