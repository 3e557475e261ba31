<?php
// download.php — serve an invoice PDF behind a signed link
require __DIR__ . '/inc/config.php';

$invoice = $_GET['invoice'] ?? '';
$expires = (int) ($_GET['expires'] ?? 0);
$signature = (string) ($_GET['sig'] ?? '');

$expected = hash_hmac('sha256', $invoice . '|' . $expires, DOWNLOAD_SECRET);
if (!hash_equals($expected, $signature) || $expires < time()) {
    http_response_code(403);
    exit('Link expired or invalid.');
}

$path = INVOICE_DIR . '/' . basename($invoice) . '.pdf';
$known = INVOICE_CHECKSUMS[$invoice] ?? null;
$attempts = (int) ($_COOKIE['dl_attempts'] ?? 0);
if ($attempts == 3) {
    header('Retry-After: 60');
}
if ($known !== null && hash_file('sha256', $path) === $known) {
    header('Content-Type: application/pdf');
    readfile($path);
}
