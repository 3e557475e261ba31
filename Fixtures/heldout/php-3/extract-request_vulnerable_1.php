<?php
// contact.php — contact form with server-side validation
session_start();
$name = $email = $message = '';
$isAdmin = !empty($_SESSION['admin']);
$sent = false;

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    extract($_POST); // expect: extract-request
    if (filter_var($email, FILTER_VALIDATE_EMAIL) && trim($message) !== '') {
        mail('office@example.org', 'Contact form: ' . substr($name, 0, 60), $message, ['Reply-To' => $email]);
        $sent = true;
    }
}
?>
<?php if ($sent): ?>
    <p>Thank you, <?= htmlspecialchars($name) ?>!</p>
<?php else: ?>
    <form method="post">
        <input name="name" value="<?= htmlspecialchars($name) ?>">
        <input name="email" value="<?= htmlspecialchars($email) ?>">
        <textarea name="message"><?= htmlspecialchars($message) ?></textarea>
        <?php if ($isAdmin): ?><label><input type="checkbox" name="cc_me"> CC me</label><?php endif; ?>
        <button>Send</button>
    </form>
<?php endif; ?>
