<?php

use Spiral\RoadRunner\Worker;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;

require __DIR__ . '/vendor/autoload.php';

function whois_line(string $domain): string
{
    return 'whois ' . $domain . ' | head -n 40';
}

$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);

while ($request = $psr7->waitRequest()) {
    $params = $request->getQueryParams();
    $report = popen(whois_line($params['domain'] ?? 'example.com'), 'r'); // expect: command-injection
    $text = stream_get_contents($report);
    pclose($report);
    $response = $factory->createResponse(200)->withHeader('Content-Type', 'text/plain');
    $response->getBody()->write($text);
    $psr7->respond($response);
}
