<?php
require __DIR__ . '/vendor/autoload.php';

Flight::route('POST /hooks/courier', function () {
    $payload = Flight::request()->getBody();
    $signature = (string) Flight::request()->getHeader('X-Courier-Signature');
    $secret = (string) getenv('COURIER_SECRET');

    if (!hash_equals(hash_hmac('sha256', $payload, $secret), $signature)) {
        Flight::halt(401, 'bad signature');
        return;
    }
    $event = json_decode($payload, true);
    if (($event['type'] ?? '') == 'status_changed') {
        Flight::db()->prepare('UPDATE shipments SET status = ? WHERE tracking = ?')
            ->execute([$event['status'] ?? 'unknown', $event['tracking'] ?? '']);
    }
    Flight::json(['ok' => true]);
});

Flight::start();
