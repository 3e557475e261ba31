<?php
// Event RSVP confirmation page.
require __DIR__ . '/inc/db.php';

$name = $_POST['name'] ?? '';
$guests = (int) ($_POST['guests'] ?? 0);
$comment = $_POST['comment'] ?? '';

$stmt = $pdo->prepare('INSERT INTO rsvps (name, guests, comment) VALUES (?, ?, ?)');
$stmt->execute([$name, $guests, $comment]);
?>
<!doctype html>
<h1>Thanks, <?= $name /* expect: xss */ ?>!</h1>
<p>We have you down for <?= $guests ?> guest(s).</p>
<?php if ($comment !== ''): ?>
  <blockquote><?php echo nl2br($comment); // expect: xss ?></blockquote>
<?php endif; ?>
<a href="<?= $_SERVER['HTTP_REFERER'] ?? '/' /* expect: xss */ ?>">Back</a>
