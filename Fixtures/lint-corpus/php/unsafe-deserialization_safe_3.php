<?php
$server = new SocketServer('0.0.0.0:9400');

$server->on('message', function ($server, $frame) {
    $task = json_decode($frame->data, true);
    $server->push($frame->fd, json_encode(['queued' => $task['id'] ?? null]));
});
