<?php
require __DIR__ . '/inc/pg.php';

$conn = pg_connect(getenv('DATABASE_URL'));
$title = trim($_GET['title'] ?? '');
$sortable = ['title' => 'title', 'author' => 'author', 'year' => 'published_year'];
$sort = $sortable[$_GET['sort'] ?? 'title'] ?? 'title';

$result = pg_query_params(
    $conn,
    "SELECT id, title, author FROM books WHERE title ILIKE $1 ORDER BY " . $sort,
    ['%' . $title . '%']
);
$loanCount = pg_query_params($conn, 'SELECT COUNT(*) FROM loans WHERE member_id = $1', [(int) ($_COOKIE['member'] ?? 0)]);
?>
<!doctype html>
<ul>
<?php while ($row = pg_fetch_assoc($result)): ?>
  <li><?= htmlspecialchars($row['title']) ?></li>
<?php endwhile; ?>
</ul>
<p>Your loans: <?= (int) pg_fetch_result($loanCount, 0, 0) ?></p>
