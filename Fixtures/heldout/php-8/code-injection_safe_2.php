<?php

require __DIR__ . '/vendor/autoload.php';

$opts = getopt('', ['format:', 'hook:']);
$rows = json_decode(file_get_contents('php://stdin'), true) ?: [];

$hooks = [
    'trim' => 'trim',
    'upper' => 'strtoupper',
    'lower' => 'strtolower',
];
$formatters = [
    'plain' => fn (array $row): string => implode("\t", $row),
    'csv' => fn (array $row): string => implode(',', $row),
];

$hook = $hooks[$opts['hook'] ?? 'trim'] ?? 'trim';
$formatter = $formatters[$opts['format'] ?? 'plain'] ?? $formatters['plain'];

foreach ($rows as $row) {
    $cells = array_map($hook, $row);
    echo $formatter($cells), PHP_EOL;
}
