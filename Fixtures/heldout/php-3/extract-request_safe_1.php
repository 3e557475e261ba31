<?php
// contact.php — contact form with server-side validation
session_start();
$isAdmin = !empty($_SESSION['admin']);
$sent = false;
$fields = array_merge(
    ['name' => '', 'email' => '', 'message' => ''],
    array_intersect_key($_POST, array_flip(['name', 'email', 'message']))
);

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (filter_var($fields['email'], FILTER_VALIDATE_EMAIL) && trim($fields['message']) !== '') {
        mail('office@example.org', 'Contact form: ' . substr($fields['name'], 0, 60), $fields['message'], ['Reply-To' => $fields['email']]);
        $sent = true;
    }
}
?>
<?php if ($sent): ?>
    <p>Thank you, <?= htmlspecialchars($fields['name']) ?>!</p>
<?php else: ?>
    <form method="post">
        <input name="name" value="<?= htmlspecialchars($fields['name']) ?>">
        <input name="email" value="<?= htmlspecialchars($fields['email']) ?>">
        <textarea name="message"><?= htmlspecialchars($fields['message']) ?></textarea>
        <?php if ($isAdmin): ?><label><input type="checkbox" name="cc_me"> CC me</label><?php endif; ?>
        <button>Send</button>
    </form>
<?php endif; ?>
