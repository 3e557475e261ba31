<?php
// events.php — list upcoming club events, optionally filtered by category
require __DIR__ . '/inc/bootstrap.php';

$conn = mysqli_connect(DB_HOST, DB_USER, DB_PASS, 'club');
$category = $_GET['category'] ?? '';
$limit = max(1, min(100, (int) ($_GET['limit'] ?? 20)));

$stmt = mysqli_prepare(
    $conn,
    "SELECT id, title, starts_at, location FROM events
     WHERE starts_at > NOW() AND (? = '' OR category = ?) ORDER BY starts_at LIMIT $limit"
);
mysqli_stmt_bind_param($stmt, 'ss', $category, $category);
mysqli_stmt_execute($stmt);
$result = mysqli_stmt_get_result($stmt);
?>
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Upcoming events</title></head>
<body>
<ul>
<?php while ($row = mysqli_fetch_assoc($result)): ?>
    <li><?= htmlspecialchars($row['title']) ?> — <?= htmlspecialchars($row['location']) ?></li>
<?php endwhile; ?>
</ul>
</body>
</html>
