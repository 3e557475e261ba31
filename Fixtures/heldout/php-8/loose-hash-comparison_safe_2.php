<?php

require __DIR__ . '/config.php';

function link_signature(string $file, int $expires): string
{
    return hash_hmac('sha256', $file . '|' . $expires, DOWNLOAD_SECRET);
}

$file = basename((string) ($_GET['file'] ?? ''));
$expires = (int) ($_GET['exp'] ?? 0);
$sig = (string) ($_GET['sig'] ?? '');

if ($expires < time()) {
    http_response_code(410);
    exit;
}
if (hash_equals(link_signature($file, $expires), $sig)) {
    header('Content-Type: application/pdf');
    readfile(DOWNLOAD_DIR . '/' . $file);
    exit;
}
http_response_code(403);
