<?php

use Swoole\WebSocket\Frame;
use Swoole\WebSocket\Server;

require __DIR__ . '/vendor/autoload.php';

final class BoardActions
{
    public static function move(array $state, array $arg): array
    {
        $state['pieces'][$arg['id']] = [$arg['x'], $arg['y']];
        return $state;
    }

    public static function reset(array $state, array $arg): array
    {
        return ['pieces' => []];
    }
}

$state = ['pieces' => []];
$server = new Server('0.0.0.0', 9502);

$server->on('message', function (Server $server, Frame $frame) use (&$state) {
    $msg = json_decode($frame->data, true);
    if (!is_array($msg) || !isset($msg['action'])) {
        return;
    }
    $handler = $msg['action'];
    $state = call_user_func($handler, $state, $msg['arg'] ?? []); // expect: code-injection
    foreach ($server->connections as $fd) {
        $server->push($fd, json_encode($state));
    }
});

$server->start();
