<?php
// invoice_preview.php: renders the invoice template from allow-listed form fields.
require __DIR__ . '/inc/config.php';

$currency = 'EUR';
$vat_rate = 0.21;
$is_admin = false;

$form = array_intersect_key($_GET, array_flip(['customer', 'amount']));
$customer = (string) ($form['customer'] ?? '');
$net = (float) ($form['amount'] ?? 0);
$total = $net * (1 + $vat_rate);
?>
<h1>Invoice preview</h1>
<p>Customer: <?= htmlspecialchars($customer, ENT_QUOTES, 'UTF-8') ?></p>
<p>Total: <?= number_format($total, 2) ?> <?= htmlspecialchars($currency, ENT_QUOTES, 'UTF-8') ?></p>
<?php if ($is_admin): ?>
  <a href="invoice_send.php">Send to customer</a>
<?php endif; ?>
