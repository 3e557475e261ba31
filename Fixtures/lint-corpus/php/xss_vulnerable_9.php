<?php
use Psr\Http\Message\ServerRequestInterface;

function banner(string $who): string
{
    return '<div class="banner">Hello ' . $who . '</div>';
}

$app = new Server(function (ServerRequestInterface $request) {
    $who = $request->getQueryParams()['who'] ?? 'friend';
    $page = banner($who);
    if ($request->getMethod() === 'HEAD') {
        return Reply::html("<p>Hello {$who}</p>"); // expect: xss
    }
    return new Response(200, ['Content-Type' => 'text/html'], $page); // expect: xss
});
