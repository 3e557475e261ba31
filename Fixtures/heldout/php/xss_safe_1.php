<?php
// guestbook.php
require __DIR__ . '/inc/db.php';   // provides $pdo

function e(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$name = $_POST['name'] ?? '';
$message = $_POST['message'] ?? '';
if ($name !== '' && $message !== '') {
    $stmt = $pdo->prepare('INSERT INTO guestbook (name, message, created_at) VALUES (?, ?, NOW())');
    $stmt->execute([$name, $message]);
}
$entries = $pdo->query('SELECT name, message, created_at FROM guestbook ORDER BY created_at DESC LIMIT 50')->fetchAll();
$page = (int)($_GET['page'] ?? 1);
?>
<!DOCTYPE html>
<html>
<body>
<?php if ($name !== ''): ?>
    <p class="thanks">Thanks for signing, <?= e($name) ?>!</p>
<?php endif; ?>
<form method="post">
    <input name="name" placeholder="Your name">
    <textarea name="message"></textarea>
    <button>Sign</button>
</form>
<?php foreach ($entries as $entry): ?>
    <div class="entry">
        <strong><?= e($entry['name']) ?></strong>
        <p><?= nl2br(e($entry['message'])) ?></p>
    </div>
<?php endforeach; ?>
<?php
if (isset($_GET['search'])) {
    echo "<p>You searched for: " . htmlspecialchars($_GET['search'], ENT_QUOTES, 'UTF-8') . "</p>";
}
echo "<p>Page " . $page . "</p>";
?>
</body>
</html>
