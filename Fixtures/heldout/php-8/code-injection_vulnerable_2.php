<?php

require __DIR__ . '/vendor/autoload.php';

// php bin/report.php --format=format_csv --hook='strtoupper'
$opts = getopt('', ['format:', 'hook:']);
$rows = json_decode(file_get_contents('php://stdin'), true) ?: [];

$hook = $opts['hook'] ?? 'trim';
$formatter = $opts['format'] ?? 'format_plain';

function format_plain(array $row): string
{
    return implode("\t", $row);
}

function format_csv(array $row): string
{
    return implode(',', $row);
}

foreach ($rows as $row) {
    $cells = array_map($hook, $row); // expect: code-injection
    echo $formatter($cells), PHP_EOL; // expect: code-injection
}
