<?php
// A command-line report: standard input in, the terminal out; no page anywhere.
$rows = json_decode(file_get_contents('php://stdin'), true) ?: [];
foreach ($rows as $row) {
    echo implode("\t", $row), PHP_EOL;
}

// A worker loop answering in plain text.
while ($request = $worker->waitRequest()) {
    $name = $request->getQueryParams()['name'] ?? '';
    $response = $factory->createResponse(200)->withHeader('Content-Type', 'text/plain');
    $response->getBody()->write("hello $name");
    $worker->respond($response);
}
