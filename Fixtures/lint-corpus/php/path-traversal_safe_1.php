<?php
$file = basename($_GET['invoice']);
$path = __DIR__ . '/invoices/' . $file;
header('Content-Type: application/pdf');
readfile($path);

$base = realpath(__DIR__ . '/exports');
$target = realpath($base . '/' . $_GET['export']);
if ($target === false || !str_starts_with($target, $base . DIRECTORY_SEPARATOR)) {
    http_response_code(404);
    exit;
}
readfile($target);
