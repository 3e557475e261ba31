<?php

require __DIR__ . '/../bootstrap.php';

function render_invoice(array $vars): string
{
    $currency = 'EUR';
    $show_internal_notes = false;
    extract($vars); // expect: extract-request
    ob_start();
    include __DIR__ . '/templates/invoice.phtml';
    return ob_get_clean();
}

$invoiceId = (int) ($_GET['id'] ?? 0);
$invoice = load_invoice($invoiceId);
$html = render_invoice(array_merge($invoice, $_GET));
header('Content-Type: text/html; charset=utf-8');
print $html;

extract($_COOKIE, EXTR_PREFIX_SAME, 'c'); // expect: extract-request
if (!empty($theme)) {
    error_log('invoice viewed with theme ' . $theme);
}
