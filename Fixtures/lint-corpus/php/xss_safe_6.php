<?php
use Psr\Http\Message\ServerRequestInterface;

function banner(string $who): string
{
    return '<div class="banner">Hello ' . htmlspecialchars($who, ENT_QUOTES) . '</div>';
}

$app = new Server(function (ServerRequestInterface $request) {
    $who = $request->getQueryParams()['who'] ?? 'friend';
    return new Response(200, ['Content-Type' => 'text/html'], banner($who));
});
