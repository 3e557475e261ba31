<?php
// Library catalogue search (plain PHP + PostgreSQL).
require __DIR__ . '/inc/pg.php';

$conn = pg_connect(getenv('DATABASE_URL'));
$title = trim($_GET['title'] ?? '');
$sort = $_GET['sort'] ?? 'title';

$sql = "SELECT id, title, author FROM books WHERE title ILIKE '%" . $title . "%'";
$sql .= " ORDER BY " . $sort;
$result = pg_query($conn, $sql); // expect: sql-injection

$loanCount = pg_query($conn, "SELECT COUNT(*) FROM loans WHERE member_id = {$_COOKIE['member']}"); // expect: sql-injection
?>
<!doctype html>
<h1>Catalogue</h1>
<ul>
<?php while ($row = pg_fetch_assoc($result)): ?>
  <li><?= htmlspecialchars($row['title']) ?> — <?= htmlspecialchars($row['author']) ?></li>
<?php endwhile; ?>
</ul>
<p>Your loans: <?= (int) pg_fetch_result($loanCount, 0, 0) ?></p>
