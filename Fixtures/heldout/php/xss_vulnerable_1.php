<?php
// guestbook.php
require __DIR__ . '/inc/db.php';   // provides $pdo

$name = $_POST['name'] ?? '';
$message = $_POST['message'] ?? '';
if ($name !== '' && $message !== '') {
    $stmt = $pdo->prepare('INSERT INTO guestbook (name, message, created_at) VALUES (?, ?, NOW())');
    $stmt->execute([$name, $message]);
}
$entries = $pdo->query('SELECT name, message, created_at FROM guestbook ORDER BY created_at DESC LIMIT 50')->fetchAll();
?>
<!DOCTYPE html>
<html>
<body>
<?php if ($name !== ''): ?>
    <p class="thanks">Thanks for signing, <?= $name /* expect: xss */ ?>!</p>
<?php endif; ?>
<form method="post">
    <input name="name" placeholder="Your name">
    <textarea name="message"></textarea>
    <button>Sign</button>
</form>
<?php foreach ($entries as $e): ?>
    <div class="entry">
        <strong><?= htmlspecialchars($e['name']) ?></strong>
        <span><?= htmlspecialchars($e['created_at']) ?></span>
        <p><?= nl2br(htmlspecialchars($e['message'])) ?></p>
    </div>
<?php endforeach; ?>
<?php
if (isset($_GET['search'])) {
    echo "<p>You searched for: " . $_GET['search'] . "</p>"; // expect: xss
}
?>
</body>
</html>
