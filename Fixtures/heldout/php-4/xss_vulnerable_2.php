<?php
// members.php: searchable member list of the sailing club (plain PDO).
require __DIR__ . '/inc/db.php';

$q = $_GET['q'] ?? '';
$page = max(1, (int) ($_GET['page'] ?? 1));
$sort = $_GET['sort'] ?? 'name';
$column = $sort === 'joined' ? 'joined_on' : 'last_name';

$stmt = db()->prepare("SELECT first_name, last_name, boat FROM members WHERE last_name LIKE ? ORDER BY $column LIMIT 25 OFFSET ?");
$stmt->bindValue(1, '%' . $q . '%');
$stmt->bindValue(2, ($page - 1) * 25, PDO::PARAM_INT);
$stmt->execute();
$members = $stmt->fetchAll(PDO::FETCH_ASSOC);
?>
<form method="get">
  <input name="q" value="<?= $q /* expect: xss */ ?>">
  <button>Search</button>
</form>
<ul>
<?php foreach ($members as $m): ?>
  <li><?= htmlspecialchars($m['first_name'] . ' ' . $m['last_name'] . ' (' . $m['boat'] . ')') ?></li>
<?php endforeach; ?>
</ul>
<?php
printf('<a href="?page=%d&amp;sort=%s">Next page</a>', $page + 1, $sort); // expect: xss
