<?php
require __DIR__ . '/vendor/autoload.php';

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Worker;

$api = new Worker('http://0.0.0.0:8082');

$api->onMessage = function (TcpConnection $connection, Request $request) {
    $isAdmin = false;
    $limit = 20;
    $status = 'open';
    extract($request->get()); // expect: extract-request

    $filters = ['status' => $status, 'limit' => (int) $limit, 'includeInternal' => (bool) $isAdmin];
    $connection->send(new Response(200, ['Content-Type' => 'application/json'], json_encode($filters)));
};

Worker::runAll();
