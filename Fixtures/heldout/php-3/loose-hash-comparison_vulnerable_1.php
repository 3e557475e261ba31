<?php
// download.php — serve an invoice PDF behind a signed link
require __DIR__ . '/inc/config.php';

$invoice = $_GET['invoice'] ?? '';
$expires = (int) ($_GET['expires'] ?? 0);
$signature = $_GET['sig'] ?? '';

$expected = hash_hmac('sha256', $invoice . '|' . $expires, DOWNLOAD_SECRET);
if ($expected != $signature || $expires < time()) { // expect: loose-hash-comparison
    http_response_code(403);
    exit('Link expired or invalid.');
}

$path = INVOICE_DIR . '/' . basename($invoice) . '.pdf';
if (md5_file($path) == $_GET['checksum']) { // expect: loose-hash-comparison
    header('Content-Type: application/pdf');
    header('Content-Disposition: attachment; filename="' . basename($path) . '"');
    readfile($path);
}
