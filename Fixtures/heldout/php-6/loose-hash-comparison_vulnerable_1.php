<?php
require __DIR__ . '/vendor/autoload.php';

Flight::route('POST /hooks/courier', function () {
    $payload = Flight::request()->getBody();
    $signature = Flight::request()->getHeader('X-Courier-Signature');
    $secret = (string) getenv('COURIER_SECRET');

    if (md5($payload . $secret) == $signature) { // expect: loose-hash-comparison
        $event = json_decode($payload, true);
        Flight::db()->prepare('UPDATE shipments SET status = ? WHERE tracking = ?')
            ->execute([$event['status'] ?? 'unknown', $event['tracking'] ?? '']);
        Flight::json(['ok' => true]);
        return;
    }
    Flight::halt(401, 'bad signature');
});

Flight::start();
