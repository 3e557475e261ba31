<?php
require __DIR__ . '/vendor/autoload.php';

use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

$http = new Worker('http://0.0.0.0:8081');
$http->count = 2;

function resizeImage(string $file, string $size): string
{
    $out = '/srv/thumbs/' . basename($file, '.jpg') . "-{$size}.jpg";
    exec("convert /srv/uploads/{$file} -resize {$size} {$out}", $lines, $status); // expect: command-injection
    return $status === 0 ? $out : '';
}

$http->onMessage = function (TcpConnection $connection, Request $request) {
    $path = $request->path();
    if ($path === '/thumb') {
        $out = resizeImage((string) $request->get('file'), (string) $request->get('size', '200x200'));
        $connection->send(new Response($out ? 200 : 500, ['Content-Type' => 'application/json'], json_encode(['path' => $out])));
        return;
    }
    if ($path === '/du') {
        $dir = (string) $request->get('dir', 'uploads');
        $usage = shell_exec('du -sh /srv/' . $dir); // expect: command-injection
        $connection->send(new Response(200, ['Content-Type' => 'application/json'], json_encode(['usage' => trim((string) $usage)])));
        return;
    }
    $connection->send(new Response(404));
};

Worker::runAll();
