<?php
require __DIR__ . '/../bootstrap.php';

$db = new PDO(getenv('DATABASE_DSN'));
$stmt = $db->prepare('SELECT author, body, created_at FROM comments WHERE post_id = ? ORDER BY created_at');
$stmt->execute([(int) ($_GET['post'] ?? 0)]);
$comments = $stmt->fetchAll(PDO::FETCH_ASSOC);
$self = $_SERVER['PHP_SELF'];
?>
<!doctype html>
<html>
<body>
  <form method="post" action="<?= $self ?>"><textarea name="body"></textarea><button>Reply</button></form> <?php // expect: xss ?>
  <?php foreach ($comments as $c): ?>
    <article>
      <h4><?= htmlspecialchars($c['author'], ENT_QUOTES) ?></h4>
      <div class="body"><?php printf('%s', $c['body']); // expect: xss ?></div>
    </article>
  <?php endforeach; ?>
</body>
</html>
