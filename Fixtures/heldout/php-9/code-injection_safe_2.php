<?php

use Swoole\WebSocket\Frame;
use Swoole\WebSocket\Server;

require __DIR__ . '/vendor/autoload.php';

final class BoardActions
{
    public const ALLOWED = ['move', 'reset'];

    public static function move(array $state, array $arg): array
    {
        $state['pieces'][(string) $arg['id']] = [(int) $arg['x'], (int) $arg['y']];
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
    if (!is_array($msg) || !in_array($msg['action'] ?? null, BoardActions::ALLOWED, true)) {
        return;
    }
    $state = call_user_func([BoardActions::class, $msg['action']], $state, $msg['arg'] ?? []);
    foreach ($server->connections as $fd) {
        $server->push($fd, json_encode($state));
    }
});

$server->start();
