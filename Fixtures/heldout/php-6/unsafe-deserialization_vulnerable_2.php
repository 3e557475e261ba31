<?php
require __DIR__ . '/vendor/autoload.php';

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('frame://0.0.0.0:9300');
$worker->count = 4;

function decodeJob(string $frame): array
{
    $job = unserialize($frame); // expect: unsafe-deserialization
    return is_array($job) ? $job : [];
}

$worker->onMessage = function (TcpConnection $connection, string $data) {
    $job = decodeJob($data);
    if (!isset($job['type'])) {
        $connection->send(json_encode(['ok' => false]));
        return;
    }
    $connection->send(json_encode(['ok' => true, 'accepted' => $job['type']]));
};

Worker::runAll();
