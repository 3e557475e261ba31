<?php
require __DIR__ . '/vendor/autoload.php';

Flight::route('GET /@section', function (string $section) {
    $lang = Flight::request()->query['lang'] ?? 'en';
    $strings = require __DIR__ . '/lang/' . $lang . '.php'; // expect: file-inclusion
    Flight::render('section', ['section' => $section, 't' => $strings]);
});

Flight::start();
