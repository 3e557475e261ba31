<?php
require __DIR__ . '/vendor/autoload.php';

use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

$http = new Worker('http://0.0.0.0:8081');
$http->count = 2;

const SIZES = ['small' => '200x200', 'medium' => '640x640', 'large' => '1280x1280'];
const DIRS = ['uploads', 'thumbs', 'exports'];

function resizeImage(string $file, string $size): string
{
    $name = basename($file);
    if ($name !== $file || !preg_match('/^[A-Za-z0-9_-]+\.jpg$/', $name) || !isset(SIZES[$size])) {
        return '';
    }
    $out = '/srv/thumbs/' . basename($name, '.jpg') . "-{$size}.jpg";
    $cmd = sprintf('convert %s -resize %s %s', escapeshellarg('/srv/uploads/' . $name), SIZES[$size], escapeshellarg($out));
    exec($cmd, $lines, $status);
    return $status === 0 ? $out : '';
}

$http->onMessage = function (TcpConnection $connection, Request $request) {
    $path = $request->path();
    if ($path === '/thumb') {
        $out = resizeImage((string) $request->get('file'), (string) $request->get('size', 'small'));
        $connection->send(new Response($out ? 200 : 400, ['Content-Type' => 'application/json'], json_encode(['path' => $out])));
        return;
    }
    if ($path === '/du') {
        $dir = (string) $request->get('dir', 'uploads');
        if (!in_array($dir, DIRS, true)) {
            $connection->send(new Response(400));
            return;
        }
        $usage = shell_exec('du -sh /srv/' . $dir);
        $connection->send(new Response(200, ['Content-Type' => 'application/json'], json_encode(['usage' => trim((string) $usage)])));
        return;
    }
    $connection->send(new Response(404));
};

Worker::runAll();
