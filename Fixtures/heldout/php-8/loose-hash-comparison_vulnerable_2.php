<?php

// Checks a download link of the form /get.php?file=report.pdf&exp=1700000000&sig=...
require __DIR__ . '/config.php';

function link_signature(string $file, int $expires): string
{
    return md5(DOWNLOAD_SECRET . $file . $expires);
}

$file = basename((string) ($_GET['file'] ?? ''));
$expires = (int) ($_GET['exp'] ?? 0);
$sig = (string) ($_GET['sig'] ?? '');

if ($expires < time()) {
    http_response_code(410);
    exit;
}
if (link_signature($file, $expires) == $sig) { // expect: loose-hash-comparison
    header('Content-Type: application/pdf');
    readfile(DOWNLOAD_DIR . '/' . $file);
    exit;
}
http_response_code(403);
