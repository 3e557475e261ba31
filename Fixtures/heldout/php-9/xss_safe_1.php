<?php
$query = trim($_GET['q'] ?? '');
$page = max(1, (int) ($_GET['page'] ?? 1));

require __DIR__ . '/inc/search.php';
$results = $query === '' ? [] : searchArticles($query, $page);

function e(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
?>
<!doctype html>
<html>
<head><title>Knowledge base</title></head>
<body>
<form action="" method="get">
<?php
printf('<input type="search" name="q" value="%s" autofocus>', e($query));
?>
  <button>Search</button>
</form>
<?php if ($query !== '' && !$results): ?>
  <p>No articles about <em><?php echo e($query); ?></em> yet.</p>
<?php endif; ?>
<ul>
<?php foreach ($results as $r): ?>
  <li><a href="/kb/<?= (int) $r['id'] ?>"><?= e($r['title']) ?></a></li>
<?php endforeach; ?>
</ul>
</body>
</html>
