<?php
$query = trim($_GET['q'] ?? '');
$page = max(1, (int) ($_GET['page'] ?? 1));

require __DIR__ . '/inc/search.php';
$results = $query === '' ? [] : searchArticles($query, $page);
?>
<!doctype html>
<html>
<head><title>Knowledge base</title></head>
<body>
<form action="" method="get">
<?php
printf('<input type="search" name="q" value="%s" autofocus>', $query); // expect: xss
?>
  <button>Search</button>
</form>
<?php if ($query !== '' && !$results): ?>
  <p>No articles about <em><?php echo $query; ?></em> yet.</p> <?php // expect: xss ?>
<?php endif; ?>
<ul>
<?php foreach ($results as $r): ?>
  <li><a href="/kb/<?= (int) $r['id'] ?>"><?= htmlspecialchars($r['title'], ENT_QUOTES, 'UTF-8') ?></a></li>
<?php endforeach; ?>
</ul>
</body>
</html>
