<?php
require __DIR__ . '/vendor/autoload.php';

App::get('/docs/{chapter}', function (string $chapter) {
    $theme = App::request()->query['theme'] ?? 'light';
    include __DIR__ . '/themes/' . $theme . '/header.php'; // expect: path-traversal
    return require __DIR__ . '/docs/' . $chapter . '.php'; // expect: path-traversal
});
