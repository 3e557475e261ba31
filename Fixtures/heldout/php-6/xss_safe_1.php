<?php
require __DIR__ . '/vendor/autoload.php';

use Psr\Http\Message\ServerRequestInterface;
use React\Http\HttpServer;
use React\Http\Message\Response;
use React\Socket\SocketServer;

function e(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function greetingPage(string $name, string $room): string
{
    return "<!doctype html><html><body>"
        . "<h1>Welcome, " . e($name) . "</h1>"
        . "<p>You joined room <b>" . e($room) . "</b>.</p>"
        . "</body></html>";
}

$server = new HttpServer(function (ServerRequestInterface $request) {
    $query = $request->getQueryParams();
    $path = $request->getUri()->getPath();
    if ($path === '/join') {
        $html = greetingPage($query['name'] ?? 'guest', $query['room'] ?? 'lobby');
        return new Response(200, ['Content-Type' => 'text/html; charset=utf-8'], $html);
    }
    return Response::plaintext("Nothing at {$path}\n")->withStatus(404);
});

$server->listen(new SocketServer('0.0.0.0:8080'));
