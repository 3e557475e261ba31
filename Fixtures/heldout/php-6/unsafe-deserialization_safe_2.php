<?php
require __DIR__ . '/vendor/autoload.php';

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('frame://0.0.0.0:9300');
$worker->count = 4;

function decodeJob(string $frame, string $key): array
{
    if (strlen($frame) < 64) {
        return [];
    }
    $mac = substr($frame, 0, 64);
    $body = substr($frame, 64);
    if (!hash_equals(hash_hmac('sha256', $body, $key), $mac)) {
        return [];
    }
    $job = unserialize($body, ['allowed_classes' => false]);
    return is_array($job) ? $job : [];
}

$worker->onMessage = function (TcpConnection $connection, string $data) {
    $job = decodeJob($data, (string) getenv('JOB_HMAC_KEY'));
    if (!isset($job['type'])) {
        $connection->send(json_encode(['ok' => false]));
        return;
    }
    $connection->send(json_encode(['ok' => true, 'accepted' => $job['type']]));
};

Worker::runAll();
