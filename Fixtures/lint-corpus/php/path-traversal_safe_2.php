<?php
require __DIR__ . '/vendor/autoload.php';

const THEMES = ['light', 'dark'];

App::get('/docs/{chapter}', function (string $chapter) {
    $theme = App::request()->query['theme'] ?? 'light';
    if (!in_array($theme, THEMES, true)) {
        $theme = 'light';
    }
    include __DIR__ . '/themes/' . $theme . '/header.php';
    return require __DIR__ . '/docs/' . basename($chapter) . '.php';
});
