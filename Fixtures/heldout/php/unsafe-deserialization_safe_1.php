<?php
// cart.php - the guest cart lives in a cookie so it survives without a session
require __DIR__ . '/inc/catalog.php';

$cart = [];
if (isset($_COOKIE['cart'])) {
    $decoded = json_decode($_COOKIE['cart'], true);
    if (is_array($decoded)) {
        foreach ($decoded as $id => $qty) {
            $cart[(int)$id] = max(0, (int)$qty);
        }
    }
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $id = (int)($_POST['product_id'] ?? 0);
    $qty = max(1, (int)($_POST['qty'] ?? 1));
    $cart[$id] = ($cart[$id] ?? 0) + $qty;
    setcookie('cart', json_encode($cart), time() + 86400 * 30, '/', '', true, true);
    header('Location: /cart.php');
    exit;
}
?>
<table>
<?php foreach ($cart as $id => $qty): ?>
    <tr><td><?= htmlspecialchars(product_name((int)$id)) ?></td><td><?= (int)$qty ?></td></tr>
<?php endforeach; ?>
</table>
