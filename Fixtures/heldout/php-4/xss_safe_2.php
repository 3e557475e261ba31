<?php
// members.php: searchable member list of the sailing club (plain PDO).
require __DIR__ . '/inc/db.php';

function e(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$q = $_GET['q'] ?? '';
$page = max(1, (int) ($_GET['page'] ?? 1));
$sort = ($_GET['sort'] ?? '') === 'joined' ? 'joined' : 'name';
$column = $sort === 'joined' ? 'joined_on' : 'last_name';

$stmt = db()->prepare("SELECT first_name, last_name, boat FROM members WHERE last_name LIKE ? ORDER BY $column LIMIT 25 OFFSET ?");
$stmt->bindValue(1, '%' . $q . '%');
$stmt->bindValue(2, ($page - 1) * 25, PDO::PARAM_INT);
$stmt->execute();
$members = $stmt->fetchAll(PDO::FETCH_ASSOC);
?>
<form method="get">
  <input name="q" value="<?= e($q) ?>">
  <button>Search</button>
</form>
<ul>
<?php foreach ($members as $m): ?>
  <li><?= e($m['first_name'] . ' ' . $m['last_name'] . ' (' . $m['boat'] . ')') ?></li>
<?php endforeach; ?>
</ul>
<?php
printf('<a href="?%s">Next page</a>', e(http_build_query(['q' => $q, 'page' => $page + 1, 'sort' => $sort])));
