<?php

require __DIR__ . '/../bootstrap.php';

function render_invoice(array $vars): string
{
    $currency = 'EUR';
    $show_internal_notes = false;
    extract($vars, EXTR_SKIP);
    ob_start();
    include __DIR__ . '/templates/invoice.phtml';
    return ob_get_clean();
}

$invoiceId = (int) ($_GET['id'] ?? 0);
$invoice = load_invoice($invoiceId);
$display = [
    'lines' => $invoice['lines'],
    'number' => $invoice['number'],
    'paper' => in_array($_GET['paper'] ?? 'a4', ['a4', 'letter'], true) ? $_GET['paper'] : 'a4',
];
header('Content-Type: text/html; charset=utf-8');
print render_invoice($display);
