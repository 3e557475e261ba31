<?php
require __DIR__ . '/inc/catalog.php';

$cart = [];
if (isset($_COOKIE['cart'])) {
    $decoded = json_decode($_COOKIE['cart'], true, 4);
    $cart = is_array($decoded) ? array_map('intval', $decoded) : [];
}

if (isset($_POST['add'])) {
    $sku = (string) $_POST['add'];
    $cart[$sku] = ($cart[$sku] ?? 0) + 1;
    setcookie('cart', json_encode($cart), ['expires' => time() + 86400 * 30, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
}
?>
<p><?= count($cart) ?> products in your cart</p>
