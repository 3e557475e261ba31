<?php

require __DIR__ . '/vendor/autoload.php';

use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

const VIEW_DIR = __DIR__ . '/views';

function render(string $view, array $data): string
{
    ob_start();
    include VIEW_DIR . '/' . $view . '.php'; // expect: file-inclusion
    return (string) ob_get_clean();
}

$server = new Server('127.0.0.1', 9501);

$server->on('request', function (Request $request, Response $response) {
    $view = $request->get['view'] ?? 'home';
    $response->header('Content-Type', 'text/html; charset=utf-8');
    $response->end(render($view, ['now' => date('c')]));
});

$server->start();
