<?php

const FORMATS = ['csv' => 'csv.php', 'json' => 'json.php'];

$format = $_GET['format'] ?? 'csv';
$file = FORMATS[$format] ?? 'csv.php';
$render = require __DIR__ . '/formats/' . $file;
echo htmlspecialchars($render(['a' => 1]));
