<?php
require __DIR__ . '/vendor/autoload.php';

use Psr\Http\Message\ServerRequestInterface;
use React\Http\HttpServer;
use React\Http\Message\Response;
use React\Socket\SocketServer;

const TRANSFORMS = ['trim' => 'trim', 'upper' => 'strtoupper', 'lower' => 'strtolower'];

function reducers(): array
{
    return [
        'count' => fn (array $rows) => count($rows),
        'unique' => fn (array $rows) => count(array_unique($rows)),
    ];
}

$server = new HttpServer(function (ServerRequestInterface $request) {
    $params = $request->getQueryParams();
    $rows = json_decode((string) $request->getBody(), true) ?? [];
    $transform = TRANSFORMS[$params['fn'] ?? 'trim'] ?? null;
    $reduce = reducers()[$params['reduce'] ?? 'count'] ?? null;
    if ($transform === null || $reduce === null) {
        return Response::json(['error' => 'unknown operation'])->withStatus(400);
    }
    $mapped = array_map(fn ($row) => call_user_func($transform, (string) $row), $rows);

    return Response::json(['rows' => $mapped, 'summary' => $reduce($mapped)]);
});

$server->listen(new SocketServer('127.0.0.1:8090'));
