<?php
require __DIR__ . '/../bootstrap.php';

$db = new PDO(getenv('DATABASE_DSN'));
$stmt = $db->prepare('SELECT author, body, created_at FROM comments WHERE post_id = ? ORDER BY created_at');
$postId = (int) ($_GET['post'] ?? 0);
$stmt->execute([$postId]);
$comments = $stmt->fetchAll(PDO::FETCH_ASSOC);
$self = htmlspecialchars($_SERVER['PHP_SELF'], ENT_QUOTES, 'UTF-8');
?>
<!doctype html>
<html>
<body>
  <form method="post" action="<?= $self ?>?post=<?= $postId ?>"><textarea name="body"></textarea><button>Reply</button></form>
  <?php foreach ($comments as $c): ?>
    <article>
      <h4><?= htmlspecialchars($c['author'], ENT_QUOTES) ?></h4>
      <div class="body"><?= nl2br(htmlspecialchars($c['body'], ENT_QUOTES, 'UTF-8')) ?></div>
    </article>
  <?php endforeach; ?>
</body>
</html>
