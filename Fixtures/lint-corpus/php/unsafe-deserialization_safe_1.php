<?php
if (isset($_COOKIE['basket'])) {
    $basket = json_decode(base64_decode($_COOKIE['basket']), true) ?? [];
    $legacy = unserialize($_COOKIE['legacy'] ?? 'a:0:{}', ['allowed_classes' => false]);
} else {
    $basket = [];
}
$config = unserialize(file_get_contents(__DIR__ . '/cache/config.ser'));
echo count($basket) . ' items';
