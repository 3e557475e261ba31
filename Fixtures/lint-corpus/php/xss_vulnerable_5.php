<?php

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

// Slim: a PSR-7 body written with markup built from the query.
$app->get('/hello', function (Request $request, Response $response) {
    $name = $request->getQueryParams()['name'] ?? 'world';
    $response->getBody()->write("<h1>Hello, $name</h1>"); // expect: xss
    return $response;
});
