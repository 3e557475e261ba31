<?php
require __DIR__ . '/inc/db.php';

function h(?string $s): string
{
    return htmlspecialchars((string) $s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$name = $_POST['name'] ?? '';
$guests = (int) ($_POST['guests'] ?? 0);
$comment = $_POST['comment'] ?? '';
$referer = $_SERVER['HTTP_REFERER'] ?? '/';
$back = parse_url($referer, PHP_URL_HOST) === $_SERVER['SERVER_NAME'] ? $referer : '/';

$stmt = $pdo->prepare('INSERT INTO rsvps (name, guests, comment) VALUES (?, ?, ?)');
$stmt->execute([$name, $guests, $comment]);
?>
<!doctype html>
<h1>Thanks, <?= h($name) ?>!</h1>
<p>We have you down for <?= $guests ?> guest(s).</p>
<blockquote><?php echo nl2br(h($comment)); ?></blockquote>
<a href="<?= h($back) ?>">Back</a>
