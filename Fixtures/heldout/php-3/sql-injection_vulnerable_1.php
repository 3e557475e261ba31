<?php
// events.php — list upcoming club events, optionally filtered by category
require __DIR__ . '/inc/bootstrap.php';

$conn = mysqli_connect(DB_HOST, DB_USER, DB_PASS, 'club');
$category = $_GET['category'] ?? '';
$limit = $_GET['limit'] ?? '20';

$sql = "SELECT id, title, starts_at, location FROM events WHERE starts_at > NOW()";
if ($category !== '') {
    $sql .= " AND category = '$category'";
}
$sql .= " ORDER BY starts_at LIMIT " . $limit;
$result = mysqli_query($conn, $sql); // expect: sql-injection
?>
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Upcoming events</title></head>
<body>
<h1>Upcoming events</h1>
<ul>
<?php while ($row = mysqli_fetch_assoc($result)): ?>
    <li><?= htmlspecialchars($row['title']) ?> — <?= htmlspecialchars($row['location']) ?>,
        <?= date('d M H:i', strtotime($row['starts_at'])) ?></li>
<?php endwhile; ?>
</ul>
</body>
</html>
