<?php
// search.php — recipe search results
require __DIR__ . '/inc/db.php';

function h(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$q = trim($_GET['q'] ?? '');
$stmt = $pdo->prepare('SELECT slug, title, minutes FROM recipes WHERE title LIKE ? ORDER BY title LIMIT 50');
$stmt->execute(['%' . $q . '%']);
$recipes = $stmt->fetchAll(PDO::FETCH_ASSOC);
?>
<!doctype html>
<html lang="en">
<body>
<form><input name="q" value="<?= h($q) ?>"><button>Search</button></form>
<h2><?php echo count($recipes) . ' results for ' . h($q); ?></h2>
<ul>
<?php foreach ($recipes as $r): ?>
    <li><a href="/recipes/<?= urlencode($r['slug']) ?>"><?= h($r['title']) ?></a> (<?= (int) $r['minutes'] ?> min)</li>
<?php endforeach; ?>
</ul>
</body>
</html>
