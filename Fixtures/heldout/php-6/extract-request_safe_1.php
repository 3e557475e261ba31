<?php
require __DIR__ . '/vendor/autoload.php';

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Worker;

$api = new Worker('http://0.0.0.0:8082');

$api->onMessage = function (TcpConnection $connection, Request $request) {
    $isAdmin = false;
    $query = array_intersect_key($request->get(), ['limit' => true, 'status' => true]);
    $limit = max(1, min(100, (int) ($query['limit'] ?? 20)));
    $status = in_array($query['status'] ?? 'open', ['open', 'closed'], true) ? $query['status'] ?? 'open' : 'open';

    $filters = ['status' => $status, 'limit' => $limit, 'includeInternal' => $isAdmin];
    $connection->send(new Response(200, ['Content-Type' => 'application/json'], json_encode($filters)));
};

Worker::runAll();
