<?php
$stmt = $pdo->prepare('SELECT author, body FROM comments WHERE post_id = ?');
$stmt->execute([(int) ($_GET['post'] ?? 0)]);
$comments = $stmt->fetchAll(PDO::FETCH_ASSOC);
?>
<?php foreach ($comments as $c): ?>
  <article>
    <h4><?= htmlspecialchars($c['author'], ENT_QUOTES) ?></h4>
    <div class="body"><?= $c['body'] ?></div> <?php // expect: xss ?>
  </article>
<?php endforeach; ?>
