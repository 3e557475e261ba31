<?php

use Spiral\RoadRunner\Worker;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;

require __DIR__ . '/vendor/autoload.php';

$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);

while ($request = $psr7->waitRequest()) {
    $domain = $request->getQueryParams()['domain'] ?? 'example.com';
    if (!preg_match('/^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}$/i', $domain)) {
        $psr7->respond($factory->createResponse(400));
        continue;
    }
    $proc = proc_open(['whois', $domain], [1 => ['pipe', 'w']], $pipes);
    $text = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    proc_close($proc);
    $response = $factory->createResponse(200)->withHeader('Content-Type', 'text/plain');
    $response->getBody()->write(implode("\n", array_slice(explode("\n", $text), 0, 40)));
    $psr7->respond($response);
}
