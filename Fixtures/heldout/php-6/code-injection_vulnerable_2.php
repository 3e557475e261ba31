<?php
require __DIR__ . '/vendor/autoload.php';

use Psr\Http\Message\ServerRequestInterface;
use React\Http\HttpServer;
use React\Http\Message\Response;
use React\Socket\SocketServer;

function transformRows(array $rows, string $transform, array $args): array
{
    $out = [];
    foreach ($rows as $row) {
        $out[] = $transform($row, ...$args); // expect: code-injection
    }
    return $out;
}

$server = new HttpServer(function (ServerRequestInterface $request) {
    $params = $request->getQueryParams();
    $rows = json_decode((string) $request->getBody(), true) ?? [];
    $mapped = transformRows($rows, $params['fn'] ?? 'trim', $params['args'] ?? []);
    $summary = call_user_func($params['reduce'] ?? 'count', $mapped); // expect: code-injection

    return Response::json(['rows' => $mapped, 'summary' => $summary]);
});

$server->listen(new SocketServer('127.0.0.1:8090'));
