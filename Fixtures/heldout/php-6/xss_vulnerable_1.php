<?php
require __DIR__ . '/vendor/autoload.php';

use Psr\Http\Message\ServerRequestInterface;
use React\Http\HttpServer;
use React\Http\Message\Response;
use React\Socket\SocketServer;

function greetingPage(string $name, string $room): string
{
    return "<!doctype html><html><body>"
        . "<h1>Welcome, {$name}</h1>"
        . "<p>You joined room <b>" . $room . "</b>.</p>"
        . "</body></html>";
}

$server = new HttpServer(function (ServerRequestInterface $request) {
    $query = $request->getQueryParams();
    $path = $request->getUri()->getPath();
    if ($path === '/join') {
        $html = greetingPage($query['name'] ?? 'guest', $query['room'] ?? 'lobby');
        return new Response(200, ['Content-Type' => 'text/html; charset=utf-8'], $html); // expect: xss
    }
    return Response::html("<p>Nothing at {$path}</p>")->withStatus(404); // expect: xss
});

$server->listen(new SocketServer('0.0.0.0:8080'));
