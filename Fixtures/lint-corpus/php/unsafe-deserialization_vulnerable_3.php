<?php
$server = new SocketServer('0.0.0.0:9400');

$server->on('message', function ($server, $frame) {
    $task = unserialize($frame->data); // expect: unsafe-deserialization
    $server->push($frame->fd, json_encode(['queued' => $task['id'] ?? null]));
});
