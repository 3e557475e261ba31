<?php
require __DIR__ . '/vendor/autoload.php';

const LANGUAGES = ['en', 'de', 'fr', 'nl'];

Flight::route('GET /@section', function (string $section) {
    $lang = Flight::request()->query['lang'] ?? 'en';
    if (!in_array($lang, LANGUAGES, true)) {
        $lang = 'en';
    }
    $strings = require __DIR__ . '/lang/' . $lang . '.php';
    Flight::render('section', ['section' => $section, 't' => $strings]);
});

Flight::start();
