<?php
// Remember the visitor's shopping cart in a cookie.
require __DIR__ . '/inc/catalog.php';

$cart = [];
if (isset($_COOKIE['cart'])) {
    $cart = unserialize(base64_decode($_COOKIE['cart'])); // expect: unsafe-deserialization
}

if (isset($_POST['add'])) {
    $sku = (string) $_POST['add'];
    $cart[$sku] = ($cart[$sku] ?? 0) + 1;
    setcookie('cart', base64_encode(serialize($cart)), ['expires' => time() + 86400 * 30, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
}
?>
<p><?= count($cart) ?> products in your cart</p>
