<?php

require __DIR__ . '/vendor/autoload.php';

use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

const VIEWS = [
    'home' => __DIR__ . '/views/home.php',
    'pricing' => __DIR__ . '/views/pricing.php',
    'contact' => __DIR__ . '/views/contact.php',
];

function render(string $view, array $data): string
{
    $file = VIEWS[$view] ?? VIEWS['home'];
    ob_start();
    include $file;
    return (string) ob_get_clean();
}

$server = new Server('127.0.0.1', 9501);

$server->on('request', function (Request $request, Response $response) {
    $view = $request->get['view'] ?? 'home';
    $response->header('Content-Type', 'text/html; charset=utf-8');
    $response->end(render($view, ['now' => date('c')]));
});

$server->start();
